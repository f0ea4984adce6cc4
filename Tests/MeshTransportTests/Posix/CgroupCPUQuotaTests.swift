@testable import MeshTransport
import Testing

/// The loop count honours a cgroup v2 CPU quota: `cpu.max` parsed as the kernel writes it.
@Suite struct CgroupCPUQuotaTests {
  @Test func noQuotaMeansNoLimit() {
    #expect(CgroupCPUQuota.cores(cpuMax: "max 100000\n") == nil)
    #expect(CgroupCPUQuota.cores(cpuMax: "max") == nil)
  }

  @Test func quotaOverPeriodIsRoundedUp() {
    #expect(CgroupCPUQuota.cores(cpuMax: "200000 100000\n") == 2)
    #expect(CgroupCPUQuota.cores(cpuMax: "150000 100000\n") == 2)
    #expect(CgroupCPUQuota.cores(cpuMax: "100001 100000") == 2)
    #expect(CgroupCPUQuota.cores(cpuMax: "400000 50000") == 8)
  }

  @Test func aQuotaBelowOneCoreStillGetsOneLoop() {
    #expect(CgroupCPUQuota.cores(cpuMax: "50000 100000\n") == 1)
    #expect(CgroupCPUQuota.cores(cpuMax: "1 100000") == 1)
  }

  @Test func malformedTextIsIgnored() {
    for text: Substring in ["", "\n", "100000", "a b", "100000 0", "-5 100000", "100000 -1", "1 2 3",
                            "99999999999999999999999 100000"] {
      #expect(CgroupCPUQuota.cores(cpuMax: text) == nil, "\(text)")
    }
  }

  @Test func theGroupIsNeverLargerThanTheQuota() {
    #expect(EventLoopGroup.coreCount >= 1)
    if let quota = CgroupCPUQuota.cores { #expect(EventLoopGroup.coreCount <= quota) }
  }
}
