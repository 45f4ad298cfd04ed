/**
 * Shared kernel: the caller's unit scope, stable problem codes, paging and text helpers
 * that every business module uses. Depends on no business module.
 */
@NullMarked
package vn.grassroots.shared;

import org.jspecify.annotations.NullMarked;
