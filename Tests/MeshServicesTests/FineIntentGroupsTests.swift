@testable import MeshDialogue
import MeshIntent
import Testing

/// The dialogue policy keeps its own copy of the fine intents' groups (its target links no model); this keeps
/// the copy equal to `CommerceTaxonomy`, so a fine intent added or regrouped there is not silently served as
/// its old group, or not at all.
@Suite struct FineIntentGroupsTests {
  @Test func thePolicysGroupsAreTheTaxonomys() {
    let taxonomy = Dictionary(uniqueKeysWithValues: CommerceTaxonomy.intents.map { ($0.name, $0.group) })
    #expect(FineIntents.group == taxonomy)
  }
}
