import Foundation
import Testing
@testable import Reporting

/// Boundaries read from GeoJSON (RFC 7946) with JSONDecoder, and drawn under the dots.
@Suite("GeoJSON boundaries")
struct GeoJSONTests {
    static let collection = """
    {"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"name": "square with a hole"}, "geometry": {"type": "Polygon", "coordinates": [
        [[100, 30], [110, 30], [110, 40], [100, 40], [100, 30]],
        [[104, 34], [106, 34], [106, 36], [104, 36], [104, 34]]]}},
      {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": [
        [[[111, 30], [112, 30], [112, 31], [111, 30]]],
        [[[113, 30], [114, 30], [114, 31.5, 12.0], [113, 30]]]]}},
      {"type": "Feature", "properties": {}, "geometry": null},
      {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [105, 35]}},
      {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[100, 20], [120, 20]]}}
    ]}
    """

    @Test("a FeatureCollection: polygons with holes, multipolygons, lines; points and null geometries skipped")
    func collection() throws {
        let boundaries = try GeoJSONBoundaries(data: Data(Self.collection.utf8), file: "test.geojson")
        #expect(boundaries.shapes.count == 4)
        #expect(boundaries.shapes[0].count == 2)
        #expect(boundaries.shapes[0].allSatisfy { $0.closed })
        // A third member (altitude) is ignored.
        let position = boundaries.shapes[2][0].positions[2]
        #expect(position.longitude == 114 && position.latitude == 31.5)
        #expect(boundaries.shapes[3][0].closed == false)
        let bounds = try #require(boundaries.bounds)
        #expect(bounds.minLongitude == 100 && bounds.maxLongitude == 120 && bounds.minLatitude == 20 && bounds.maxLatitude == 40)
    }

    @Test("a bare geometry is accepted")
    func bareGeometry() throws {
        let json = #"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}"#
        let boundaries = try GeoJSONBoundaries(data: Data(json.utf8), file: "g.json")
        #expect(boundaries.shapes.count == 1)
    }

    @Test("errors name the file and the JSON path", arguments: [
        (#"{"type": "Polygon", "coordinates": [[[0, "x"], [1, 0]]]}"#, "$.coordinates[0][0][1]: expected a number or an array"),
        (#"{"type": "Polygon", "coordinates": [[[0], [1, 0]]]}"#, "$: a position must be [longitude, latitude]"),
        (#"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon"}}]}"#,
         "$.features[0].geometry: Polygon without coordinates"),
        (#"{"type": "Circle", "coordinates": [0, 0]}"#, "unknown GeoJSON type \"Circle\""),
        (#"{"features": []}"#, "missing \"type\""),
        (#"{"type": "FeatureCollection", "features": []}"#, "no Polygon, MultiPolygon"),
        ("not json", "b.geojson"),
    ])
    func errors(json: String, message: String) {
        #expect {
            _ = try GeoJSONBoundaries(data: Data(json.utf8), file: "b.geojson")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("b.geojson: ") && text.contains(message)
        }
    }

    @Test("boundaries are drawn under the dots, clipped to the map frame")
    func drawn() throws {
        let boundaries = try GeoJSONBoundaries(data: Data(Self.collection.utf8), file: "test.geojson")
        let breaks = try #require(ClassBreaks([1, 2, 3, 4], classes: 2, method: .jenks))
        let dots = [DotMap.Dot(name: "a", longitude: 101, latitude: 31, value: 1),
                    DotMap.Dot(name: "b", longitude: 109, latitude: 39, value: 4)]
        let map = DotMap(name: "fig-map-2000", title: "Map", dots: dots, breaks: breaks, boundaries: boundaries)
        let root = try XMLTree.parse(DotMapRenderer.render(map).document)
        let group = try #require(root.all("g", class: "boundaries").first)
        #expect(group.attributes["clip-path"] == "url(#fig-map-2000-frame)")
        #expect(group.all("path").count == 4)
        #expect(root.all("clipPath").first?.attributes["id"] == "fig-map-2000-frame")
        // Drawn before (under) the dots.
        let order = root.children.map { $0.attributes["class"] ?? $0.name }
        let boundaryIndex = try #require(order.firstIndex(of: "boundaries"))
        let unitsIndex = try #require(order.firstIndex(of: "units"))
        #expect(boundaryIndex < unitsIndex)
        #expect(root.all("circle", class: "unit").count == 2)
    }
}
