/** The audit log page. */
@NullMarked
package vn.grassroots.audit.web;

import org.jspecify.annotations.NullMarked;
