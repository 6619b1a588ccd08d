import PanelData
import Testing
@testable import DemoPanel

/// The city table of the demo panel: real prefecture-level cities, grouped as in the
/// study (METHOD.md section 1).
@Suite struct DemoCitiesTests {
    let cities = DemoPanel.cities

    @Test func regionCountsAreTheStudys() {
        let counts = StudyRegions.names.indices.map { region in cities.filter { $0.region == region }.count }
        #expect(counts == StudyRegions.cityCounts)  // [83, 80, 80, 34]
        #expect(cities.count == 277)
    }

    @Test func namesAreUnique() {
        #expect(Set(cities.map(\.name)).count == cities.count)
    }

    @Test func sharedNamesCarryTheirProvince() {
        let names = Set(cities.map(\.name))
        for plain in ["Fuzhou", "Taizhou", "Suzhou", "Yulin", "Yichun"] {
            #expect(!names.contains(plain), "\(plain) is the name of two cities")
        }
        #expect(names.contains("Fuzhou (Jiangxi)"))
        #expect(names.contains("Fuzhou (Fujian)"))
    }

    @Test func everyProvinceBelongsToItsRegion() {
        for city in cities {
            #expect(StudyRegions.regionOfProvince[city.province] == StudyRegions.names[city.region],
                    "\(city.name): \(city.province) is not in \(StudyRegions.names[city.region])")
        }
    }

    @Test func noMunicipalityOrTibet() {
        let excluded: Set<String> = ["Beijing", "Tianjin", "Shanghai", "Chongqing", "Tibet", "Lhasa"]
        #expect(cities.allSatisfy { !excluded.contains($0.name) && !excluded.contains($0.province) })
    }

    @Test func everyStudyProvinceIsPresent() {
        let present = Set(cities.map(\.province))
        #expect(present == Set(StudyRegions.provinces.flatMap { $0 }))
    }

    /// Cities are listed region by region and, within a region, province by province in
    /// the order of `StudyRegions.provinces` (the generator relies on this).
    @Test func tableOrderFollowsStudyRegions() {
        var order: [String] = []
        for city in cities where order.last != city.province { order.append(city.province) }
        #expect(order == StudyRegions.provinces.flatMap { $0 })
    }

    /// The first city of each province is its capital: the generator gives capitals a
    /// larger size factor.
    @Test func firstCityOfEachProvinceIsItsCapital() {
        let capitals = [
            "Shijiazhuang", "Nanjing", "Hangzhou", "Fuzhou (Fujian)", "Jinan", "Guangzhou", "Haikou",
            "Taiyuan", "Hefei", "Nanchang", "Zhengzhou", "Wuhan", "Changsha",
            "Hohhot", "Nanning", "Chengdu", "Guiyang", "Kunming", "Xi'an", "Lanzhou", "Xining", "Yinchuan", "Urumqi",
            "Shenyang", "Changchun", "Harbin",
        ]
        var seen = Set<String>()
        let firsts = cities.filter { seen.insert($0.province).inserted }.map(\.name)
        #expect(firsts == capitals)
    }

    /// China's bounding box: longitude 73-135 E, latitude 18-54 N.
    @Test func coordinatesLieInChina() {
        for city in cities {
            #expect((73.0...135.0).contains(city.longitude), "\(city.name) longitude \(city.longitude)")
            #expect((18.0...54.0).contains(city.latitude), "\(city.name) latitude \(city.latitude)")
        }
    }

    /// A coarse check that coordinates were not swapped or mistyped: each region's
    /// cities sit where the region is (Northeast north of 38 N and east of 119 E;
    /// Hainan and Guangdong south of 26 N).
    @Test func coordinatesMatchTheirRegion() {
        for city in cities where city.region == 3 {
            #expect(city.latitude > 38 && city.longitude > 119, "\(city.name)")
        }
        for city in cities where ["Hainan", "Guangdong"].contains(city.province) {
            #expect(city.latitude < 26, "\(city.name)")
        }
    }
}
