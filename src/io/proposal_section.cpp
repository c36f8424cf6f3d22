// `proposals:`: what someone pitches to a room — positions it asserts, offers it makes, the alternative it is
// framed against.
#include <algorithm>

#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

// `asserts: {topic: position}` over dimensions and issues.
std::map<std::string, double> read_asserts(const LocatedNode& at, const SectionContext& context) {
  std::map<std::string, double> asserts;
  for (const MappingEntry& entry : mapping_entries(at, "a mapping of dimension or issue ids to positions")) {
    const bool known = context.declared.check_any_topic(entry.key_node, entry.key);
    const auto position = read_number(entry.value, position_range);
    if (known && position) asserts.emplace(entry.key, *position);
  }
  return asserts;
}

std::vector<std::string> read_room(const LocatedNode& at, const SectionContext& context) {
  std::vector<std::string> room;
  for (const LocatedNode& element : sequence_elements(at, "a list of actor ids")) {
    const auto member = read_actor_reference(element, context.declared);
    if (!member) continue;
    if (std::find(room.begin(), room.end(), *member) != room.end()) {
      element.report("'" + *member + "' is already in the room");
      continue;
    }
    room.push_back(*member);
  }
  return room;
}

// An offer is a flow from the proposer to a room member.
std::optional<Flow> read_offer(const LocatedNode& at, const std::optional<std::string>& proposer,
                               const SectionContext& context) {
  const FieldSet fields{at, "an offer {to, what, value, cost}", {"to", "what", "value", "cost"}};
  if (!fields.is_mapping()) return std::nullopt;
  Flow offer;
  std::optional<std::string> to;
  if (auto written = fields.required("to")) {
    to = read_actor_reference(*written, context.declared);
    if (to && proposer && *to == *proposer) {
      written->report("an offer goes to someone other than the proposer, got '" + *to + "'");
      to.reset();
    }
  }
  if (auto written = fields.optional("what")) offer.what = read_text(*written).value_or("");
  std::optional<Uncertain> value;
  if (auto written = fields.required("value")) value = read_uncertain(*written, non_negative);
  std::optional<Uncertain> cost = Uncertain{0.0, 0.0};
  if (auto written = fields.optional("cost")) cost = read_uncertain(*written, non_negative);
  if (!proposer || !to || !value || !cost) return std::nullopt;
  offer.from = *proposer;
  offer.to = *to;
  offer.value = *value;
  offer.cost = *cost;
  return offer;
}

std::optional<Alternative> read_alternative(const LocatedNode& at, const SectionContext& context) {
  const FieldSet fields{at, "an alternative {title, asserts}", {"title", "asserts"}};
  if (!fields.is_mapping()) return std::nullopt;
  Alternative alternative;
  if (auto written = fields.required("title")) alternative.title = read_text(*written).value_or("");
  if (auto written = fields.optional("asserts")) alternative.asserts = read_asserts(*written, context);
  return alternative;
}

std::optional<Proposal> read_proposal(const LocatedNode& at, const SectionContext& context,
                                      IdDefinitions& definitions) {
  const FieldSet fields{at,
                        "a proposal {id, title, by, room, asserts, offers, against}",
                        {"id", "title", "by", "room", "asserts", "offers", "against"}};
  if (!fields.is_mapping()) return std::nullopt;
  Proposal proposal;
  std::optional<std::string> id;
  if (auto written = fields.required("id")) {
    id = read_id(*written);
    if (id && !definitions.define(*written, "proposal", *id)) id.reset();
  }
  if (auto written = fields.optional("title")) proposal.title = read_text(*written).value_or("");
  std::optional<std::string> by;
  if (auto written = fields.required("by")) by = read_actor_reference(*written, context.declared);
  if (auto written = fields.optional("room")) proposal.room = read_room(*written, context);
  if (auto written = fields.optional("asserts")) proposal.asserts = read_asserts(*written, context);
  if (auto written = fields.optional("offers")) {
    for (const LocatedNode& element : sequence_elements(*written, "a list of offers")) {
      if (auto offer = read_offer(element, by, context)) proposal.offers.push_back(std::move(*offer));
    }
  }
  if (auto written = fields.optional("against")) proposal.against = read_alternative(*written, context);
  if (!id || !by) return std::nullopt;
  proposal.id = *id;
  proposal.by = *by;
  if (proposal.title.empty()) proposal.title = proposal.id;
  return proposal;
}

}  // namespace

std::vector<Proposal> read_proposals(const LocatedNode& at, const SectionContext& context) {
  std::vector<Proposal> proposals;
  IdDefinitions definitions;
  for (const LocatedNode& element : sequence_elements(at, "a list of proposals")) {
    if (auto proposal = read_proposal(named_by_id(element), context, definitions)) {
      proposals.push_back(std::move(*proposal));
    }
  }
  return proposals;
}

}  // namespace faultline::io
