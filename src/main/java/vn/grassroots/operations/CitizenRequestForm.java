package vn.grassroots.operations;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's request from the public page or the Open311 API, as received.
 *
 * @param communeId commune-level unit it concerns
 * @param serviceCode a public subtype code (Open311 {@code service_code})
 * @param description what happened or what help is needed
 * @param address where
 * @param lat optional latitude
 * @param lon optional longitude
 * @param name optional reporter name (never shown publicly)
 * @param phone optional phone (never shown publicly)
 * @param email optional e-mail (never shown publicly)
 */
public record CitizenRequestForm(@Nullable String communeId, @Nullable String serviceCode, @Nullable String description,
		@Nullable String address, @Nullable String lat, @Nullable String lon, @Nullable String name,
		@Nullable String phone, @Nullable String email) {
}
