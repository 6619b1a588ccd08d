import PanelData

/// A city of the synthetic demo panel: a real Chinese prefecture-level city, its
/// province, its region and its approximate location.
///
/// The names and provinces are real; the coordinates are approximate city-centre
/// locations given to 0.01 degree but good only to a few tenths of a degree (enough for
/// a map of China). Every indicator value that ``DemoPanel/make(seed:)`` attaches to a
/// city is SYNTHETIC.
public struct DemoCity: Sendable, Hashable {
    /// English (pinyin) name; a name shared by two cities carries its province in
    /// parentheses, e.g. `Fuzhou (Jiangxi)`.
    public let name: String
    /// The province, spelled as in ``StudyRegions/provinces``.
    public let province: String
    /// Index of the region in ``StudyRegions/names`` (0 East, 1 Central, 2 West, 3 Northeast).
    public let region: Int
    /// Longitude in degrees east.
    public let longitude: Double
    /// Latitude in degrees north.
    public let latitude: Double

    init(_ name: String, _ province: String, _ region: Int, _ longitude: Double, _ latitude: Double) {
        self.name = name
        self.province = province
        self.region = region
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// The 277 cities of the demo panel, region by region and province by province in the
/// order of ``StudyRegions/provinces``; the first city of each province is its capital.
///
/// The selection matches the study's counts (East 83, Central 80, West 80, Northeast 34;
/// METHOD.md section 1): every prefecture-level city of the listed provinces, except
/// Laiwu (merged into Jinan in 2019), Sansha and Danzhou (Hainan), and, in the West,
/// cities that became prefecture-level during the study period or that such studies
/// commonly drop for gaps (Haidong, Turpan, Hami, Bijie, Tongren, Lincang, Longnan,
/// Zhongwei). The four municipalities and Tibet are excluded.
enum DemoCities {
    static let all: [DemoCity] = east + central + west + northeast

    // MARK: East (region 0): 83 cities

    static let east: [DemoCity] = [
        // Hebei (11)
        DemoCity("Shijiazhuang", "Hebei", 0, 114.51, 38.04),
        DemoCity("Tangshan", "Hebei", 0, 118.18, 39.63),
        DemoCity("Qinhuangdao", "Hebei", 0, 119.60, 39.94),
        DemoCity("Handan", "Hebei", 0, 114.54, 36.63),
        DemoCity("Xingtai", "Hebei", 0, 114.50, 37.07),
        DemoCity("Baoding", "Hebei", 0, 115.46, 38.87),
        DemoCity("Zhangjiakou", "Hebei", 0, 114.89, 40.77),
        DemoCity("Chengde", "Hebei", 0, 117.96, 40.95),
        DemoCity("Cangzhou", "Hebei", 0, 116.84, 38.30),
        DemoCity("Langfang", "Hebei", 0, 116.68, 39.54),
        DemoCity("Hengshui", "Hebei", 0, 115.67, 37.74),
        // Jiangsu (13)
        DemoCity("Nanjing", "Jiangsu", 0, 118.80, 32.06),
        DemoCity("Wuxi", "Jiangsu", 0, 120.31, 31.49),
        DemoCity("Xuzhou", "Jiangsu", 0, 117.28, 34.20),
        DemoCity("Changzhou", "Jiangsu", 0, 119.97, 31.81),
        DemoCity("Suzhou (Jiangsu)", "Jiangsu", 0, 120.59, 31.30),
        DemoCity("Nantong", "Jiangsu", 0, 120.89, 31.98),
        DemoCity("Lianyungang", "Jiangsu", 0, 119.22, 34.60),
        DemoCity("Huai'an", "Jiangsu", 0, 119.02, 33.61),
        DemoCity("Yancheng", "Jiangsu", 0, 120.16, 33.35),
        DemoCity("Yangzhou", "Jiangsu", 0, 119.41, 32.39),
        DemoCity("Zhenjiang", "Jiangsu", 0, 119.43, 32.19),
        DemoCity("Taizhou (Jiangsu)", "Jiangsu", 0, 119.92, 32.46),
        DemoCity("Suqian", "Jiangsu", 0, 118.28, 33.96),
        // Zhejiang (11)
        DemoCity("Hangzhou", "Zhejiang", 0, 120.16, 30.27),
        DemoCity("Ningbo", "Zhejiang", 0, 121.55, 29.87),
        DemoCity("Wenzhou", "Zhejiang", 0, 120.70, 28.00),
        DemoCity("Jiaxing", "Zhejiang", 0, 120.76, 30.75),
        DemoCity("Huzhou", "Zhejiang", 0, 120.09, 30.89),
        DemoCity("Shaoxing", "Zhejiang", 0, 120.58, 30.00),
        DemoCity("Jinhua", "Zhejiang", 0, 119.65, 29.08),
        DemoCity("Quzhou", "Zhejiang", 0, 118.87, 28.94),
        DemoCity("Zhoushan", "Zhejiang", 0, 122.21, 29.99),
        DemoCity("Taizhou (Zhejiang)", "Zhejiang", 0, 121.42, 28.66),
        DemoCity("Lishui", "Zhejiang", 0, 119.92, 28.45),
        // Fujian (9)
        DemoCity("Fuzhou (Fujian)", "Fujian", 0, 119.30, 26.08),
        DemoCity("Xiamen", "Fujian", 0, 118.09, 24.48),
        DemoCity("Putian", "Fujian", 0, 119.01, 25.45),
        DemoCity("Sanming", "Fujian", 0, 117.64, 26.26),
        DemoCity("Quanzhou", "Fujian", 0, 118.68, 24.87),
        DemoCity("Zhangzhou", "Fujian", 0, 117.65, 24.51),
        DemoCity("Nanping", "Fujian", 0, 118.18, 26.64),
        DemoCity("Longyan", "Fujian", 0, 117.02, 25.08),
        DemoCity("Ningde", "Fujian", 0, 119.55, 26.67),
        // Shandong (16)
        DemoCity("Jinan", "Shandong", 0, 117.00, 36.65),
        DemoCity("Qingdao", "Shandong", 0, 120.38, 36.07),
        DemoCity("Zibo", "Shandong", 0, 118.05, 36.81),
        DemoCity("Zaozhuang", "Shandong", 0, 117.32, 34.81),
        DemoCity("Dongying", "Shandong", 0, 118.67, 37.43),
        DemoCity("Yantai", "Shandong", 0, 121.45, 37.46),
        DemoCity("Weifang", "Shandong", 0, 119.16, 36.71),
        DemoCity("Jining", "Shandong", 0, 116.59, 35.41),
        DemoCity("Tai'an", "Shandong", 0, 117.09, 36.20),
        DemoCity("Weihai", "Shandong", 0, 122.12, 37.51),
        DemoCity("Rizhao", "Shandong", 0, 119.53, 35.42),
        DemoCity("Linyi", "Shandong", 0, 118.36, 35.10),
        DemoCity("Dezhou", "Shandong", 0, 116.36, 37.44),
        DemoCity("Liaocheng", "Shandong", 0, 115.99, 36.46),
        DemoCity("Binzhou", "Shandong", 0, 117.97, 37.38),
        DemoCity("Heze", "Shandong", 0, 115.48, 35.23),
        // Guangdong (21)
        DemoCity("Guangzhou", "Guangdong", 0, 113.26, 23.13),
        DemoCity("Shaoguan", "Guangdong", 0, 113.60, 24.81),
        DemoCity("Shenzhen", "Guangdong", 0, 114.06, 22.54),
        DemoCity("Zhuhai", "Guangdong", 0, 113.58, 22.27),
        DemoCity("Shantou", "Guangdong", 0, 116.68, 23.35),
        DemoCity("Foshan", "Guangdong", 0, 113.12, 23.02),
        DemoCity("Jiangmen", "Guangdong", 0, 113.08, 22.58),
        DemoCity("Zhanjiang", "Guangdong", 0, 110.36, 21.27),
        DemoCity("Maoming", "Guangdong", 0, 110.93, 21.66),
        DemoCity("Zhaoqing", "Guangdong", 0, 112.47, 23.05),
        DemoCity("Huizhou", "Guangdong", 0, 114.42, 23.11),
        DemoCity("Meizhou", "Guangdong", 0, 116.12, 24.29),
        DemoCity("Shanwei", "Guangdong", 0, 115.38, 22.79),
        DemoCity("Heyuan", "Guangdong", 0, 114.70, 23.74),
        DemoCity("Yangjiang", "Guangdong", 0, 111.98, 21.86),
        DemoCity("Qingyuan", "Guangdong", 0, 113.06, 23.68),
        DemoCity("Dongguan", "Guangdong", 0, 113.75, 23.02),
        DemoCity("Zhongshan", "Guangdong", 0, 113.39, 22.52),
        DemoCity("Chaozhou", "Guangdong", 0, 116.62, 23.66),
        DemoCity("Jieyang", "Guangdong", 0, 116.37, 23.55),
        DemoCity("Yunfu", "Guangdong", 0, 112.04, 22.92),
        // Hainan (2)
        DemoCity("Haikou", "Hainan", 0, 110.20, 20.04),
        DemoCity("Sanya", "Hainan", 0, 109.51, 18.25),
    ]

    // MARK: Central (region 1): 80 cities

    static let central: [DemoCity] = [
        // Shanxi (11)
        DemoCity("Taiyuan", "Shanxi", 1, 112.55, 37.87),
        DemoCity("Datong", "Shanxi", 1, 113.30, 40.08),
        DemoCity("Yangquan", "Shanxi", 1, 113.58, 37.86),
        DemoCity("Changzhi", "Shanxi", 1, 113.12, 36.20),
        DemoCity("Jincheng", "Shanxi", 1, 112.85, 35.49),
        DemoCity("Shuozhou", "Shanxi", 1, 112.43, 39.33),
        DemoCity("Jinzhong", "Shanxi", 1, 112.75, 37.69),
        DemoCity("Yuncheng", "Shanxi", 1, 111.01, 35.03),
        DemoCity("Xinzhou", "Shanxi", 1, 112.73, 38.42),
        DemoCity("Linfen", "Shanxi", 1, 111.52, 36.09),
        DemoCity("Lvliang", "Shanxi", 1, 111.14, 37.52),
        // Anhui (16)
        DemoCity("Hefei", "Anhui", 1, 117.23, 31.82),
        DemoCity("Wuhu", "Anhui", 1, 118.43, 31.35),
        DemoCity("Bengbu", "Anhui", 1, 117.39, 32.92),
        DemoCity("Huainan", "Anhui", 1, 117.00, 32.63),
        DemoCity("Ma'anshan", "Anhui", 1, 118.51, 31.67),
        DemoCity("Huaibei", "Anhui", 1, 116.80, 33.96),
        DemoCity("Tongling", "Anhui", 1, 117.81, 30.94),
        DemoCity("Anqing", "Anhui", 1, 117.05, 30.53),
        DemoCity("Huangshan", "Anhui", 1, 118.34, 29.71),
        DemoCity("Chuzhou", "Anhui", 1, 118.33, 32.26),
        DemoCity("Fuyang", "Anhui", 1, 115.81, 32.89),
        DemoCity("Suzhou (Anhui)", "Anhui", 1, 116.96, 33.65),
        DemoCity("Lu'an", "Anhui", 1, 116.52, 31.74),
        DemoCity("Bozhou", "Anhui", 1, 115.78, 33.85),
        DemoCity("Chizhou", "Anhui", 1, 117.49, 30.66),
        DemoCity("Xuancheng", "Anhui", 1, 118.76, 30.94),
        // Jiangxi (11)
        DemoCity("Nanchang", "Jiangxi", 1, 115.86, 28.68),
        DemoCity("Jingdezhen", "Jiangxi", 1, 117.18, 29.27),
        DemoCity("Pingxiang", "Jiangxi", 1, 113.85, 27.62),
        DemoCity("Jiujiang", "Jiangxi", 1, 116.00, 29.71),
        DemoCity("Xinyu", "Jiangxi", 1, 114.92, 27.82),
        DemoCity("Yingtan", "Jiangxi", 1, 117.07, 28.26),
        DemoCity("Ganzhou", "Jiangxi", 1, 114.93, 25.83),
        DemoCity("Ji'an", "Jiangxi", 1, 114.99, 27.11),
        DemoCity("Yichun (Jiangxi)", "Jiangxi", 1, 114.42, 27.81),
        DemoCity("Fuzhou (Jiangxi)", "Jiangxi", 1, 116.36, 27.95),
        DemoCity("Shangrao", "Jiangxi", 1, 117.94, 28.45),
        // Henan (17)
        DemoCity("Zhengzhou", "Henan", 1, 113.63, 34.75),
        DemoCity("Kaifeng", "Henan", 1, 114.31, 34.80),
        DemoCity("Luoyang", "Henan", 1, 112.45, 34.62),
        DemoCity("Pingdingshan", "Henan", 1, 113.19, 33.77),
        DemoCity("Anyang", "Henan", 1, 114.39, 36.10),
        DemoCity("Hebi", "Henan", 1, 114.30, 35.75),
        DemoCity("Xinxiang", "Henan", 1, 113.93, 35.30),
        DemoCity("Jiaozuo", "Henan", 1, 113.24, 35.22),
        DemoCity("Puyang", "Henan", 1, 115.03, 35.76),
        DemoCity("Xuchang", "Henan", 1, 113.85, 34.04),
        DemoCity("Luohe", "Henan", 1, 114.02, 33.58),
        DemoCity("Sanmenxia", "Henan", 1, 111.20, 34.77),
        DemoCity("Nanyang", "Henan", 1, 112.53, 33.00),
        DemoCity("Shangqiu", "Henan", 1, 115.66, 34.41),
        DemoCity("Xinyang", "Henan", 1, 114.09, 32.15),
        DemoCity("Zhoukou", "Henan", 1, 114.70, 33.63),
        DemoCity("Zhumadian", "Henan", 1, 114.02, 33.01),
        // Hubei (12)
        DemoCity("Wuhan", "Hubei", 1, 114.31, 30.59),
        DemoCity("Huangshi", "Hubei", 1, 115.04, 30.20),
        DemoCity("Shiyan", "Hubei", 1, 110.80, 32.63),
        DemoCity("Yichang", "Hubei", 1, 111.29, 30.69),
        DemoCity("Xiangyang", "Hubei", 1, 112.14, 32.04),
        DemoCity("Ezhou", "Hubei", 1, 114.89, 30.39),
        DemoCity("Jingmen", "Hubei", 1, 112.20, 31.04),
        DemoCity("Xiaogan", "Hubei", 1, 113.92, 30.92),
        DemoCity("Jingzhou", "Hubei", 1, 112.24, 30.33),
        DemoCity("Huanggang", "Hubei", 1, 114.87, 30.45),
        DemoCity("Xianning", "Hubei", 1, 114.32, 29.84),
        DemoCity("Suizhou", "Hubei", 1, 113.38, 31.69),
        // Hunan (13)
        DemoCity("Changsha", "Hunan", 1, 112.94, 28.23),
        DemoCity("Zhuzhou", "Hunan", 1, 113.13, 27.83),
        DemoCity("Xiangtan", "Hunan", 1, 112.94, 27.83),
        DemoCity("Hengyang", "Hunan", 1, 112.57, 26.89),
        DemoCity("Shaoyang", "Hunan", 1, 111.47, 27.24),
        DemoCity("Yueyang", "Hunan", 1, 113.13, 29.36),
        DemoCity("Changde", "Hunan", 1, 111.70, 29.03),
        DemoCity("Zhangjiajie", "Hunan", 1, 110.48, 29.12),
        DemoCity("Yiyang", "Hunan", 1, 112.36, 28.55),
        DemoCity("Chenzhou", "Hunan", 1, 113.01, 25.77),
        DemoCity("Yongzhou", "Hunan", 1, 111.61, 26.42),
        DemoCity("Huaihua", "Hunan", 1, 110.00, 27.57),
        DemoCity("Loudi", "Hunan", 1, 112.00, 27.70),
    ]

    // MARK: West (region 2): 80 cities

    static let west: [DemoCity] = [
        // Inner Mongolia (9)
        DemoCity("Hohhot", "Inner Mongolia", 2, 111.75, 40.84),
        DemoCity("Baotou", "Inner Mongolia", 2, 109.84, 40.66),
        DemoCity("Wuhai", "Inner Mongolia", 2, 106.79, 39.66),
        DemoCity("Chifeng", "Inner Mongolia", 2, 118.89, 42.26),
        DemoCity("Tongliao", "Inner Mongolia", 2, 122.24, 43.65),
        DemoCity("Ordos", "Inner Mongolia", 2, 109.78, 39.61),
        DemoCity("Hulunbuir", "Inner Mongolia", 2, 119.77, 49.21),
        DemoCity("Bayannur", "Inner Mongolia", 2, 107.39, 40.74),
        DemoCity("Ulanqab", "Inner Mongolia", 2, 113.13, 41.00),
        // Guangxi (14)
        DemoCity("Nanning", "Guangxi", 2, 108.37, 22.82),
        DemoCity("Liuzhou", "Guangxi", 2, 109.41, 24.33),
        DemoCity("Guilin", "Guangxi", 2, 110.29, 25.27),
        DemoCity("Wuzhou", "Guangxi", 2, 111.28, 23.48),
        DemoCity("Beihai", "Guangxi", 2, 109.12, 21.48),
        DemoCity("Fangchenggang", "Guangxi", 2, 108.35, 21.69),
        DemoCity("Qinzhou", "Guangxi", 2, 108.65, 21.98),
        DemoCity("Guigang", "Guangxi", 2, 109.60, 23.11),
        DemoCity("Yulin (Guangxi)", "Guangxi", 2, 110.18, 22.65),
        DemoCity("Baise", "Guangxi", 2, 106.62, 23.90),
        DemoCity("Hezhou", "Guangxi", 2, 111.57, 24.40),
        DemoCity("Hechi", "Guangxi", 2, 108.09, 24.69),
        DemoCity("Laibin", "Guangxi", 2, 109.22, 23.75),
        DemoCity("Chongzuo", "Guangxi", 2, 107.36, 22.38),
        // Sichuan (18)
        DemoCity("Chengdu", "Sichuan", 2, 104.07, 30.57),
        DemoCity("Zigong", "Sichuan", 2, 104.78, 29.34),
        DemoCity("Panzhihua", "Sichuan", 2, 101.72, 26.58),
        DemoCity("Luzhou", "Sichuan", 2, 105.44, 28.87),
        DemoCity("Deyang", "Sichuan", 2, 104.40, 31.13),
        DemoCity("Mianyang", "Sichuan", 2, 104.68, 31.47),
        DemoCity("Guangyuan", "Sichuan", 2, 105.84, 32.44),
        DemoCity("Suining", "Sichuan", 2, 105.59, 30.53),
        DemoCity("Neijiang", "Sichuan", 2, 105.06, 29.58),
        DemoCity("Leshan", "Sichuan", 2, 103.77, 29.55),
        DemoCity("Nanchong", "Sichuan", 2, 106.11, 30.84),
        DemoCity("Meishan", "Sichuan", 2, 103.85, 30.08),
        DemoCity("Yibin", "Sichuan", 2, 104.64, 28.75),
        DemoCity("Guang'an", "Sichuan", 2, 106.63, 30.46),
        DemoCity("Dazhou", "Sichuan", 2, 107.47, 31.21),
        DemoCity("Ya'an", "Sichuan", 2, 103.04, 30.01),
        DemoCity("Bazhong", "Sichuan", 2, 106.75, 31.87),
        DemoCity("Ziyang", "Sichuan", 2, 104.63, 30.13),
        // Guizhou (4)
        DemoCity("Guiyang", "Guizhou", 2, 106.63, 26.65),
        DemoCity("Liupanshui", "Guizhou", 2, 104.83, 26.59),
        DemoCity("Zunyi", "Guizhou", 2, 106.93, 27.73),
        DemoCity("Anshun", "Guizhou", 2, 105.95, 26.25),
        // Yunnan (7)
        DemoCity("Kunming", "Yunnan", 2, 102.83, 24.88),
        DemoCity("Qujing", "Yunnan", 2, 103.80, 25.49),
        DemoCity("Yuxi", "Yunnan", 2, 102.55, 24.35),
        DemoCity("Baoshan", "Yunnan", 2, 99.16, 25.11),
        DemoCity("Zhaotong", "Yunnan", 2, 103.72, 27.34),
        DemoCity("Lijiang", "Yunnan", 2, 100.23, 26.86),
        DemoCity("Pu'er", "Yunnan", 2, 100.97, 22.83),
        // Shaanxi (10)
        DemoCity("Xi'an", "Shaanxi", 2, 108.94, 34.34),
        DemoCity("Tongchuan", "Shaanxi", 2, 108.95, 34.90),
        DemoCity("Baoji", "Shaanxi", 2, 107.24, 34.36),
        DemoCity("Xianyang", "Shaanxi", 2, 108.71, 34.33),
        DemoCity("Weinan", "Shaanxi", 2, 109.51, 34.50),
        DemoCity("Yan'an", "Shaanxi", 2, 109.49, 36.59),
        DemoCity("Hanzhong", "Shaanxi", 2, 107.02, 33.07),
        DemoCity("Yulin (Shaanxi)", "Shaanxi", 2, 109.73, 38.29),
        DemoCity("Ankang", "Shaanxi", 2, 109.03, 32.68),
        DemoCity("Shangluo", "Shaanxi", 2, 109.94, 33.87),
        // Gansu (11)
        DemoCity("Lanzhou", "Gansu", 2, 103.83, 36.06),
        DemoCity("Jiayuguan", "Gansu", 2, 98.29, 39.77),
        DemoCity("Jinchang", "Gansu", 2, 102.19, 38.52),
        DemoCity("Baiyin", "Gansu", 2, 104.14, 36.54),
        DemoCity("Tianshui", "Gansu", 2, 105.72, 34.58),
        DemoCity("Wuwei", "Gansu", 2, 102.64, 37.93),
        DemoCity("Zhangye", "Gansu", 2, 100.45, 38.93),
        DemoCity("Pingliang", "Gansu", 2, 106.67, 35.54),
        DemoCity("Jiuquan", "Gansu", 2, 98.49, 39.73),
        DemoCity("Qingyang", "Gansu", 2, 107.64, 35.71),
        DemoCity("Dingxi", "Gansu", 2, 104.63, 35.58),
        // Qinghai (1)
        DemoCity("Xining", "Qinghai", 2, 101.78, 36.62),
        // Ningxia (4)
        DemoCity("Yinchuan", "Ningxia", 2, 106.23, 38.49),
        DemoCity("Shizuishan", "Ningxia", 2, 106.38, 38.98),
        DemoCity("Wuzhong", "Ningxia", 2, 106.20, 37.99),
        DemoCity("Guyuan", "Ningxia", 2, 106.24, 36.02),
        // Xinjiang (2)
        DemoCity("Urumqi", "Xinjiang", 2, 87.62, 43.83),
        DemoCity("Karamay", "Xinjiang", 2, 84.89, 45.58),
    ]

    // MARK: Northeast (region 3): 34 cities

    static let northeast: [DemoCity] = [
        // Liaoning (14)
        DemoCity("Shenyang", "Liaoning", 3, 123.43, 41.80),
        DemoCity("Dalian", "Liaoning", 3, 121.61, 38.91),
        DemoCity("Anshan", "Liaoning", 3, 122.99, 41.11),
        DemoCity("Fushun", "Liaoning", 3, 123.96, 41.88),
        DemoCity("Benxi", "Liaoning", 3, 123.77, 41.29),
        DemoCity("Dandong", "Liaoning", 3, 124.35, 40.00),
        DemoCity("Jinzhou", "Liaoning", 3, 121.13, 41.10),
        DemoCity("Yingkou", "Liaoning", 3, 122.24, 40.67),
        DemoCity("Fuxin", "Liaoning", 3, 121.67, 42.02),
        DemoCity("Liaoyang", "Liaoning", 3, 123.24, 41.27),
        DemoCity("Panjin", "Liaoning", 3, 122.07, 41.12),
        DemoCity("Tieling", "Liaoning", 3, 123.84, 42.29),
        DemoCity("Chaoyang", "Liaoning", 3, 120.45, 41.57),
        DemoCity("Huludao", "Liaoning", 3, 120.84, 40.71),
        // Jilin (8)
        DemoCity("Changchun", "Jilin", 3, 125.32, 43.82),
        DemoCity("Jilin", "Jilin", 3, 126.55, 43.84),
        DemoCity("Siping", "Jilin", 3, 124.35, 43.17),
        DemoCity("Liaoyuan", "Jilin", 3, 125.14, 42.89),
        DemoCity("Tonghua", "Jilin", 3, 125.94, 41.73),
        DemoCity("Baishan", "Jilin", 3, 126.42, 41.94),
        DemoCity("Songyuan", "Jilin", 3, 124.83, 45.14),
        DemoCity("Baicheng", "Jilin", 3, 122.84, 45.62),
        // Heilongjiang (12)
        DemoCity("Harbin", "Heilongjiang", 3, 126.53, 45.80),
        DemoCity("Qiqihar", "Heilongjiang", 3, 123.92, 47.35),
        DemoCity("Jixi", "Heilongjiang", 3, 130.97, 45.30),
        DemoCity("Hegang", "Heilongjiang", 3, 130.30, 47.35),
        DemoCity("Shuangyashan", "Heilongjiang", 3, 131.16, 46.65),
        DemoCity("Daqing", "Heilongjiang", 3, 125.10, 46.59),
        DemoCity("Yichun (Heilongjiang)", "Heilongjiang", 3, 128.84, 47.73),
        DemoCity("Jiamusi", "Heilongjiang", 3, 130.32, 46.80),
        DemoCity("Qitaihe", "Heilongjiang", 3, 131.00, 45.77),
        DemoCity("Mudanjiang", "Heilongjiang", 3, 129.63, 44.55),
        DemoCity("Heihe", "Heilongjiang", 3, 127.53, 50.25),
        DemoCity("Suihua", "Heilongjiang", 3, 126.97, 46.65),
    ]
}
