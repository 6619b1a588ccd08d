import Foundation

#if FUZZING
/// The libFuzzer entry point (built with `scripts/fuzz.sh`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Data(bytes: data, count: size))
    return 0
}

/// libFuzzer's driver, started from the executable's entry point (SwiftPM names it
/// `ResilienceFuzz_main`), since an executable target has to have one.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("ResilienceFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
/// Without libFuzzer: a seeded random fuzzer (random bytes and mutations of the seed
/// files) for a given number of seconds: `resilience-fuzz SECONDS [SEED_FILES...]`;
/// `resilience-fuzz --run FILE...` runs saved inputs (e.g. a crash libFuzzer found).
@main
enum FuzzDriver {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--run" {
            for path in arguments.dropFirst() {
                FuzzTarget.run(FileManager.default.contents(atPath: path) ?? Data())
                print("ran \(path): fine")
            }
            return
        }
        let seconds = Double(arguments.first ?? "") ?? 10
        let seeds = arguments.dropFirst().compactMap { FileManager.default.contents(atPath: $0) }
        RandomFuzzer.run(seconds: seconds, seeds: seeds.isEmpty ? [Data("city,region,year,a,b\nX,R,2020,1,2\n".utf8)] : seeds)
    }
}
#endif
