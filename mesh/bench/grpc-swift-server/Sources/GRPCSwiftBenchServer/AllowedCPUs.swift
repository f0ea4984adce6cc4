import Foundation

/// The number of CPUs this process may run on (`taskset`, a cpuset), from `Cpus_allowed_list` in
/// `/proc/self/status`; nil when it cannot be read. SwiftNIO's `System.coreCount` reads cgroup quotas and
/// cpusets but not the thread's affinity mask, so under `taskset -c 0` on a 2-CPU machine it says 2.
func allowedCPUCount() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("Cpus_allowed_list:") {
        return cpuListCount(line.dropFirst("Cpus_allowed_list:".count))
    }
    return nil
}

/// Counts the CPUs of a kernel CPU list such as `0`, `0-3` or `0,2,4-7`; nil when it is malformed.
func cpuListCount(_ list: Substring) -> Int? {
    var count = 0
    for range in list.split(separator: ",") {
        let bounds = range.split(separator: "-", maxSplits: 1)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch bounds.count {
        case 1:
            guard bounds[0] != nil else { return nil }
            count += 1
        case 2:
            guard let low = bounds[0], let high = bounds[1], low <= high else { return nil }
            count += high - low + 1
        default:
            return nil
        }
    }
    return count > 0 ? count : nil
}
