package vn.grassroots.operations;

/** The six task groups of the grassroots force (Law 30/2024/QH15, Arts. 7 to 12). */
public enum TaskGroup {

	/** Art. 7: support in grasping the situation. */
	SITUATION_GRASPING,
	/** Art. 8: support for the all-people movement to protect national security. */
	ALL_PEOPLE_MOVEMENT,
	/** Art. 9: fire prevention, fire fighting, rescue and relief. */
	FIRE_RESCUE,
	/** Art. 10: administrative management of social order. */
	ADMINISTRATIVE_ORDER,
	/** Art. 11: mobilising and educating residents who broke the law. */
	EDUCATING_VIOLATORS,
	/** Art. 12: patrols for security, order and traffic safety. */
	PATROL_TRAFFIC

}
