import Foundation

/// Boundaries to draw under a map's dots, read from GeoJSON (RFC 7946) with
/// Foundation's `JSONDecoder`.
///
/// Accepted: a `FeatureCollection`, a `Feature`, or a bare geometry; geometries
/// `Polygon`, `MultiPolygon` and `GeometryCollection` (drawn as filled areas) and
/// `LineString`, `MultiLineString` (drawn as lines). `Point` and `MultiPoint` carry no
/// boundary and are skipped; features with a null geometry too. Positions are
/// `[longitude, latitude]` (extra members such as altitude are ignored). Properties are
/// not read. Rings are kept as given; the renderer fills with the even-odd rule so holes
/// stay holes whatever their orientation.
///
/// Errors name the file and the JSON path of the problem (``BoundaryError``).
public struct GeoJSONBoundaries: Sendable {
    /// A closed ring or an open line of (longitude, latitude) positions.
    public struct Path: Sendable {
        public var positions: [(longitude: Double, latitude: Double)]
        public var closed: Bool
    }

    /// One shape: a polygon's rings (outer and holes) or one line.
    public var shapes: [[Path]]

    public init(shapes: [[Path]]) { self.shapes = shapes }

    /// Decodes GeoJSON `data` read from `file` (the name is for messages only).
    public init(data: Data, file: String) throws(BoundaryError) {
        let node: Node
        do {
            node = try JSONDecoder().decode(Node.self, from: data)
        } catch let error as DecodingError {
            throw BoundaryError(file: file, problem: Self.describe(error))
        } catch {
            throw BoundaryError(file: file, problem: "not valid JSON (\(error.localizedDescription))")
        }
        var shapes: [[Path]] = []
        try Self.collect(node, path: "$", file: file, into: &shapes)
        guard !shapes.isEmpty else {
            throw BoundaryError(file: file, problem: "no Polygon, MultiPolygon, LineString or MultiLineString geometry found")
        }
        self.shapes = shapes
    }

    /// The bounding box of every position, or nil when there is none.
    public var bounds: (minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double)? {
        var box = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        for shape in shapes {
            for path in shape {
                for p in path.positions {
                    box = (min(box.0, p.longitude), max(box.1, p.longitude), min(box.2, p.latitude), max(box.3, p.latitude))
                }
            }
        }
        return box.0 <= box.1 ? box : nil
    }

    // MARK: - Decoding

    /// A GeoJSON object: only the members used here.
    struct Node: Decodable {
        var type: String
        var features: [Node]?
        /// The feature's geometry: zero elements (absent or null) or one (an array for the
        /// indirection a recursive value type needs).
        var geometry: [Node]
        var geometries: [Node]?
        var coordinates: Coordinates?

        enum CodingKeys: String, CodingKey { case type, features, geometry, geometries, coordinates }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            features = try container.decodeIfPresent([Node].self, forKey: .features)
            if container.contains(.geometry), try !container.decodeNil(forKey: .geometry) {
                geometry = [try container.decode(Node.self, forKey: .geometry)]
            } else {
                geometry = []
            }
            geometries = try container.decodeIfPresent([Node].self, forKey: .geometries)
            coordinates = try container.decodeIfPresent(Coordinates.self, forKey: .coordinates)
        }
    }

    /// Nested coordinate arrays of any depth.
    indirect enum Coordinates: Decodable {
        case number(Double)
        case array([Coordinates])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
                return
            }
            guard var list = try? decoder.unkeyedContainer() else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "expected a number or an array of coordinates"))
            }
            var items: [Coordinates] = []
            while !list.isAtEnd { items.append(try list.decode(Coordinates.self)) }
            self = .array(items)
        }

        var children: [Coordinates]? { if case let .array(items) = self { return items } else { return nil } }
    }

    static func collect(_ node: Node, path: String, file: String, into shapes: inout [[Path]]) throws(BoundaryError) {
        func fail(_ problem: String) -> BoundaryError { BoundaryError(file: file, problem: "\(path): \(problem)") }
        func position(_ item: Coordinates) throws(BoundaryError) -> (longitude: Double, latitude: Double) {
            guard let parts = item.children, parts.count >= 2, case let .number(lon) = parts[0], case let .number(lat) = parts[1],
                  lon.isFinite, lat.isFinite else { throw fail("a position must be [longitude, latitude]") }
            return (lon, lat)
        }
        func line(_ item: Coordinates, closed: Bool) throws(BoundaryError) -> Path {
            guard let items = item.children else { throw fail("expected an array of positions") }
            var positions: [(longitude: Double, latitude: Double)] = []
            positions.reserveCapacity(items.count)
            for item in items { positions.append(try position(item)) }
            return Path(positions: positions, closed: closed)
        }
        func polygon(_ item: Coordinates) throws(BoundaryError) -> [Path] {
            guard let rings = item.children else { throw fail("expected an array of rings") }
            var paths: [Path] = []
            for ring in rings { paths.append(try line(ring, closed: true)) }
            return paths
        }
        func coordinates() throws(BoundaryError) -> Coordinates {
            guard let coordinates = node.coordinates else { throw fail("\(node.type) without coordinates") }
            return coordinates
        }
        switch node.type {
        case "FeatureCollection":
            for (index, feature) in (node.features ?? []).enumerated() {
                try collect(feature, path: "\(path).features[\(index)]", file: file, into: &shapes)
            }
        case "Feature":
            if let geometry = node.geometry.first {
                try collect(geometry, path: "\(path).geometry", file: file, into: &shapes)
            }
        case "GeometryCollection":
            for (index, geometry) in (node.geometries ?? []).enumerated() {
                try collect(geometry, path: "\(path).geometries[\(index)]", file: file, into: &shapes)
            }
        case "Polygon":
            shapes.append(try polygon(try coordinates()))
        case "MultiPolygon":
            guard let polygons = try coordinates().children else { throw fail("expected an array of polygons") }
            for item in polygons { shapes.append(try polygon(item)) }
        case "LineString":
            shapes.append([try line(try coordinates(), closed: false)])
        case "MultiLineString":
            guard let lines = try coordinates().children else { throw fail("expected an array of lines") }
            for item in lines { shapes.append([try line(item, closed: false)]) }
        case "Point", "MultiPoint":
            break
        default:
            throw fail("unknown GeoJSON type \"\(node.type)\"")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            "$" + context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "\(path(context)): missing \"\(key.stringValue)\""
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A boundaries file that cannot be used, with the file and the JSON path of the problem.
public struct BoundaryError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problem: String
    public var description: String { "\(file): \(problem) (expected GeoJSON with Polygon, MultiPolygon, LineString or MultiLineString geometries)" }
}
