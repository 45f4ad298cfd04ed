/** Security configuration, bearer tokens, the scope resolver and demo accounts. */
@NullMarked
package vn.grassroots.access.internal;

import org.jspecify.annotations.NullMarked;
