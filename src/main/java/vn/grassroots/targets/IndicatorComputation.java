package vn.grassroots.targets;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * A named computation of an indicator from a module's own data: the service provider
 * interface of the indicator catalogue. A module that owns the data (personnel,
 * operations, patrols, ...) implements it as a Spring bean; the targets module lists it
 * among the computations an indicator may name and rolls its values up the organisation
 * tree like any other. The implementing module depends on {@code targets}, never the
 * reverse, so the targets module reads no other module's tables.
 * <p>
 * The owning module does not tell the targets module when its data changes, so a roll-up
 * of a contributed computation is recomputed on its next read once it is older than
 * {@link #maxAge()}.
 */
public interface IndicatorComputation {

	/**
	 * The name indicators use, upper case letters, digits and underscores, unique in the
	 * catalogue (e.g. {@code MEMBERS_TRAINED_12M}).
	 */
	String name();

	/**
	 * The values measured on the date: one per unit that has data, normally the commune
	 * police station (a unit of type COMMUNE valid on the date) or a unit below it. For a
	 * ratio the denominator is the base (e.g. active members); for a count it is 1.
	 */
	List<StationValue> values(LocalDate date);

	/**
	 * How long a roll-up of this computation for a current period may be served before it
	 * is refreshed in the background (a period that ended before the tree date: at least
	 * an hour). Five minutes by default: a national refresh reads every station's data,
	 * and these are monthly and yearly measures.
	 */
	default Duration maxAge() {
		return Duration.ofMinutes(5);
	}

}
