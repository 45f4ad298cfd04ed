/** Pages and REST API of the organisation module. */
@NullMarked
package vn.grassroots.organisation.web;

import org.jspecify.annotations.NullMarked;
