import Foundation
import PanelData

/// A map as data: every unit as a dot at its longitude and latitude, coloured by the
/// class of its value, optionally over boundary polygons. ``DotMapRenderer`` draws it.
public struct DotMap: Sendable {
    public struct Dot: Sendable {
        public var name: String
        public var longitude: Double
        public var latitude: Double
        public var value: Double
        public init(name: String, longitude: Double, latitude: Double, value: Double) {
            self.name = name
            self.longitude = longitude
            self.latitude = latitude
            self.value = value
        }
    }

    /// File stem and id prefix (`fig-map-2009`).
    public var name: String
    public var title: String
    public var subtitle: String?
    public var dots: [Dot]
    public var breaks: ClassBreaks
    public var boundaries: GeoJSONBoundaries?
    /// Decimals of the class bounds in the legend.
    public var digits: Int
    public var notes: [String]

    public init(name: String, title: String, subtitle: String? = nil, dots: [Dot], breaks: ClassBreaks,
                boundaries: GeoJSONBoundaries? = nil, digits: Int = 3, notes: [String] = []) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.dots = dots
        self.breaks = breaks
        self.boundaries = boundaries
        self.digits = digits
        self.notes = notes
    }
}

/// Draws a ``DotMap`` as SVG in the equirectangular projection centred on the dots:
/// x = (lon - lon_0) cos(lat_0), y = lat - lat_0, with lat_0 and lon_0 the middle of the
/// dots' bounding box, scaled to fit the frame (north up, aspect kept).
///
/// The frame fits the dots (with a margin of 4% of their extent), not the boundaries, so
/// a world file still gives a map of the units; boundaries are clipped to the frame, and
/// their points closer than half a pixel to the previous one are skipped (a detailed
/// file costs no time). The legend, right of the map, lists each class as its interval
/// (right-closed: `[a, b]` first, then `(a, b]`) with the number of dots in it.
///
/// Mark-up: `<g class="units">` holds one `circle.unit` per dot, with `data-class`; each
/// has a `<title>` (unit name and value) shown as a tooltip. Complexity O(dots + boundary
/// points).
public enum DotMapRenderer {
    static let width = 720.0

    public static func render(_ map: DotMap) -> SVGImage {
        let frameLeft = 16.0, frameTop = map.subtitle == nil ? 44.0 : 62.0
        let frameWidth = 500.0, maxFrameHeight = 440.0
        let lons = map.dots.map(\.longitude), lats = map.dots.map(\.latitude)
        var minLon = lons.min() ?? 0, maxLon = lons.max() ?? 1, minLat = lats.min() ?? 0, maxLat = lats.max() ?? 1
        if maxLon - minLon < 1e-9 { minLon -= 0.5; maxLon += 0.5 }
        if maxLat - minLat < 1e-9 { minLat -= 0.5; maxLat += 0.5 }
        let lat0 = (minLat + maxLat) / 2, lon0 = (minLon + maxLon) / 2
        let cosine = max(0.05, cos(lat0 * .pi / 180))
        let marginX = (maxLon - minLon) * 0.04, marginY = (maxLat - minLat) * 0.04
        let spanX = (maxLon - minLon + 2 * marginX) * cosine, spanY = maxLat - minLat + 2 * marginY
        let scale = min(frameWidth / spanX, maxFrameHeight / spanY)
        let frameHeight = spanY * scale
        let mapWidth = spanX * scale
        let originX = frameLeft + (frameWidth - mapWidth) / 2
        func project(_ lon: Double, _ lat: Double) -> (Double, Double) {
            (originX + mapWidth / 2 + (lon - lon0) * cosine * scale, frameTop + frameHeight / 2 - (lat - lat0) * scale)
        }

        let legendLeft = frameLeft + frameWidth + 20
        let legendRows = Double(map.breaks.count) * 22 + 40
        let notesTop = frameTop + max(frameHeight, legendRows) + 24
        let noteLines = map.notes.flatMap { SVGWriter.wrap($0, width: width - frameLeft - 12, size: 11) }
        let height = notesTop + Double(noteLines.count) * 16 + 8

        var svg = SVGWriter()
        svg.element("rect", ["class": "background", "x": "0", "y": "0", "width": SVGWriter.number(width),
                             "height": SVGWriter.number(height), "fill": "#ffffff"])
        svg.label(map.title, x: frameLeft, y: 24, size: 16, weight: "bold", className: "title")
        if let subtitle = map.subtitle { svg.label(subtitle, x: frameLeft, y: 44, size: 12, className: "subtitle") }
        let clip = map.name + "-frame"
        svg.open("defs")
        svg.open("clipPath", ["id": clip])
        svg.element("rect", ["x": SVGWriter.number(frameLeft), "y": SVGWriter.number(frameTop),
                             "width": SVGWriter.number(frameWidth), "height": SVGWriter.number(frameHeight)])
        svg.close("clipPath")
        svg.close("defs")
        svg.element("rect", ["class": "frame", "x": SVGWriter.number(frameLeft), "y": SVGWriter.number(frameTop),
                             "width": SVGWriter.number(frameWidth), "height": SVGWriter.number(frameHeight),
                             "fill": "#f4f6f8", "stroke": "#bbbbbb"])

        if let boundaries = map.boundaries {
            svg.open("g", ["class": "boundaries", "clip-path": "url(#\(clip))", "fill": "#e3e7eb", "fill-rule": "evenodd",
                           "stroke": "#9aa3ad", "stroke-width": "0.6"])
            for shape in boundaries.shapes {
                var d = ""
                var isArea = false
                for path in shape {
                    var last: (Double, Double)?
                    var first = true
                    for position in path.positions {
                        let point = project(position.longitude, position.latitude)
                        if let last, abs(point.0 - last.0) < 0.5, abs(point.1 - last.1) < 0.5 { continue }
                        d += (first ? "M" : "L") + SVGWriter.number(point.0) + " " + SVGWriter.number(point.1)
                        first = false
                        last = point
                    }
                    if path.closed && !first { d += "Z"; isArea = true }
                }
                guard !d.isEmpty else { continue }
                if isArea {
                    svg.element("path", ["d": d])
                } else {
                    svg.element("path", ["d": d, "fill": "none"])
                }
            }
            svg.close("g")
        }

        var counts = [Int](repeating: 0, count: map.breaks.count)
        svg.open("g", ["class": "units", "stroke": "#333333", "stroke-width": "0.5"])
        for dot in map.dots {
            let c = map.breaks.classIndex(of: dot.value)
            if c < counts.count { counts[c] += 1 }
            let (x, y) = project(dot.longitude, dot.latitude)
            svg.raw("<circle class=\"unit\" data-class=\"\(c)\" cx=\"\(SVGWriter.number(x))\" cy=\"\(SVGWriter.number(y))\" r=\"3.5\" fill=\"\(ChartPalette.sequential(c, of: map.breaks.count))\">"
                + "<title>\(XMLText.escape(dot.name)): \(NumberText.fixed(dot.value, digits: map.digits))</title></circle>\n")
        }
        svg.close("g")

        svg.open("g", ["class": "legend"])
        svg.label("Score class", x: legendLeft, y: frameTop + 14, weight: "bold")
        svg.label("interval (units)", x: legendLeft, y: frameTop + 30, size: 11)
        for c in 0..<map.breaks.count {
            let y = frameTop + 44 + Double(c) * 22
            svg.element("rect", ["class": "swatch", "x": SVGWriter.number(legendLeft), "y": SVGWriter.number(y),
                                 "width": "16", "height": "14", "fill": ChartPalette.sequential(c, of: map.breaks.count),
                                 "stroke": "#333333", "stroke-width": "0.5"])
            let interval = map.breaks.label(ofClass: c) { NumberText.fixed($0, digits: map.digits) }
            svg.label("\(interval) (\(counts[c]))", x: legendLeft + 22, y: y + 11, size: 11)
        }
        svg.close("g")
        if !noteLines.isEmpty {
            svg.open("g", ["class": "notes", "fill": "#444444"])
            for (index, note) in noteLines.enumerated() {
                svg.label(note, x: frameLeft, y: notesTop + Double(index) * 16, size: 11)
            }
            svg.close("g")
        }
        return SVGImage(name: map.name, title: map.title, width: width, height: height, content: svg.text)
    }
}
