@NullMarked
package vn.grassroots.personnel.web;

import org.jspecify.annotations.NullMarked;
