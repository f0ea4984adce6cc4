import Testing
@testable import MeshTransport

/// How the event-loop group reads a cgroup's CPU quota (the files' contents, as the kernel writes them).
struct CPUQuotaTests {
  @Test func cgroupV2QuotaRoundsUpToWholeCores() {
    #expect(CPUQuota.cores(cpuMax: "150000 100000\n") == 2)
    #expect(CPUQuota.cores(cpuMax: "200000 100000") == 2)
    #expect(CPUQuota.cores(cpuMax: "50000 100000") == 1)
  }

  @Test func cgroupV2WithoutQuotaOrMalformedHasNone() {
    #expect(CPUQuota.cores(cpuMax: "max 100000") == nil)
    #expect(CPUQuota.cores(cpuMax: "") == nil)
    #expect(CPUQuota.cores(cpuMax: "100000") == nil)
    #expect(CPUQuota.cores(cpuMax: "0 100000") == nil)
    #expect(CPUQuota.cores(cpuMax: "100000 0") == nil)
    #expect(CPUQuota.cores(cpuMax: "99999999999999999999999 100000") == nil)
  }

  @Test func cgroupV1Quota() {
    #expect(CPUQuota.cores(quota: "-1\n", period: "100000\n") == nil)
    #expect(CPUQuota.cores(quota: "250000", period: "100000") == 3)
    #expect(CPUQuota.cores(quota: "\(Int.max)", period: "1") == Int.max)
    #expect(CPUQuota.cores(quota: "abc", period: "100000") == nil)
  }

  @Test func theGroupIsNeverLargerThanTheQuotaOrTheAllowedCPUs() {
    let count = EventLoopGroup.coreCount
    #expect(count >= 1)
    if let quota = CPUQuota.cores() { #expect(count <= quota) }
  }
}
