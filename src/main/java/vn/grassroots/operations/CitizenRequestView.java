package vn.grassroots.operations;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A citizen request as staff of its commune see it, with the reporter's contact (public
 * answers use {@link #withoutReporter()}).
 *
 * @param id id
 * @param trackingCode the code given to the citizen
 * @param unitId commune
 * @param unitName commune name
 * @param serviceCode subtype code
 * @param description description
 * @param address address
 * @param lat latitude
 * @param lon longitude
 * @param reporterName reporter name
 * @param reporterPhone reporter phone
 * @param status status
 * @param statusNote note (reason of a rejection)
 * @param incidentId the incident it became
 * @param incidentStatus that incident's status
 * @param createdAt received
 * @param updatedAt last change
 */
public record CitizenRequestView(long id, String trackingCode, long unitId, @Nullable String unitName,
		String serviceCode, String description, @Nullable String address, @Nullable BigDecimal lat,
		@Nullable BigDecimal lon, @Nullable String reporterName, @Nullable String reporterPhone,
		CitizenRequestStatus status, @Nullable String statusNote, @Nullable Long incidentId,
		@Nullable IncidentStatus incidentStatus, LocalDateTime createdAt, LocalDateTime updatedAt) {

	/**
	 * Whether the matter is closed for the citizen (rejected, or its incident finished).
	 */
	public boolean closed() {
		return this.status == CitizenRequestStatus.REJECTED
				|| (this.incidentStatus != null && !this.incidentStatus.open());
	}

	/** The public stage: RECEIVED, IN_HANDLING, RESOLVED, TRANSFERRED or REJECTED. */
	public String publicStage() {
		if (this.status == CitizenRequestStatus.REJECTED) {
			return "REJECTED";
		}
		if (this.incidentStatus == null) {
			return "RECEIVED";
		}
		return switch (this.incidentStatus) {
			case RESOLVED -> "RESOLVED";
			case TRANSFERRED -> "TRANSFERRED";
			default -> "IN_HANDLING";
		};
	}

	/** The same without the reporter's personal data, for public answers. */
	public CitizenRequestView withoutReporter() {
		return new CitizenRequestView(this.id, this.trackingCode, this.unitId, this.unitName, this.serviceCode,
				this.description, this.address, this.lat, this.lon, null, null, this.status, this.statusNote,
				this.incidentId, this.incidentStatus, this.createdAt, this.updatedAt);
	}

}
