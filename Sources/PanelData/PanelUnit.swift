/// A unit of observation (a city), with its group (region) and optional coordinates.
public struct PanelUnit: Sendable, Hashable {
    public var name: String
    /// Index of the unit's group in ``Panel/groups``.
    public var group: Int
    /// Longitude and latitude in degrees, when known (for maps).
    public var longitude: Double?
    public var latitude: Double?

    public init(name: String, group: Int, longitude: Double? = nil, latitude: Double? = nil) {
        self.name = name
        self.group = group
        self.longitude = longitude
        self.latitude = latitude
    }
}
