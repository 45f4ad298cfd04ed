/** Login page, account pages and the access REST API. */
@NullMarked
package vn.grassroots.access.web;

import org.jspecify.annotations.NullMarked;
