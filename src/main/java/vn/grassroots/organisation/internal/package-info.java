/**
 * Persistence, the national-data importer and start-up jobs of the organisation module.
 */
@NullMarked
package vn.grassroots.organisation.internal;

import org.jspecify.annotations.NullMarked;
