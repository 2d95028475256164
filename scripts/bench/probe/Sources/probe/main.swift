import Foundation
import OilStatCore
import OilStatImport

let args = CommandLine.arguments
switch args[1] {
case "share":
    let workers = args.count > 4 ? Int(args[4]) : nil
    try JODIShareTask.run(input: args[2], output: args[3], workers: workers)
case "scan":
    let scanner = try JODIScanner(path: args[2])
    var n = 0
    try scanner.forEachRecord { _ in n += 1 }
    print(n)
default:
    print("?")
}
