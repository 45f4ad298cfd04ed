@NullMarked
package vn.grassroots.personnel.internal;

import org.jspecify.annotations.NullMarked;
