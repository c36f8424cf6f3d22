#pragma once
// One reader per section of a scenario file (DESIGN.md §2). Each validates its section completely, reports
// every problem through the nodes it reads, and returns what it could read. Sections that refer to others get
// a `SectionContext`: the ids declared anywhere in the file and the sections read before them (time, topics,
// actors and ties are read first, whatever their order in the file).

#include <optional>
#include <vector>

#include "faultline/io/declared_ids.hpp"
#include "faultline/io/located_node.hpp"
#include "faultline/model/scenario.hpp"

namespace faultline::io {

struct SectionContext {
  const DeclaredIds& declared;
  const Scenario& so_far;
  std::optional<TimeRange>
      time;  // absent when `time:` is missing or invalid: dates are then not range-checked

  // Reports a date outside the time range at `at`.
  void check_in_time_range(const LocatedNode& at, Date date) const;
};

// `time: {start, end, step}`; nullopt when it is invalid (time_section.cpp).
std::optional<TimeRange> read_time(const LocatedNode& at);
// `defaults: {sd}`; sets the context's default sd for every later bare number (time_section.cpp).
Defaults read_defaults(const LocatedNode& at);

// `dimensions:` or `issues:`; both share `definitions`, so a dimension and an issue cannot share an id
// (topic_section.cpp).
std::vector<Topic> read_topics(const LocatedNode& at, TopicKind kind, IdDefinitions& definitions);

// `actors:` (actor_section.cpp).
std::vector<Actor> read_actors(const LocatedNode& at, const SectionContext& context);

// `ties:` and `relations:` (tie_section.cpp, relation_section.cpp).
std::vector<Tie> read_ties(const LocatedNode& at, const SectionContext& context);
std::vector<Relation> read_relations(const LocatedNode& at, const SectionContext& context);

// A list of effects, as events and pressures carry them (effect_section.cpp).
std::vector<Effect> read_effects(const LocatedNode& at, const SectionContext& context);

// `events:` and `pressures:` (event_section.cpp).
std::vector<Event> read_events(const LocatedNode& at, const SectionContext& context);
std::vector<Pressure> read_pressures(const LocatedNode& at, const SectionContext& context);

// `proposals:` (proposal_section.cpp).
std::vector<Proposal> read_proposals(const LocatedNode& at, const SectionContext& context);

// `sources:` (source_section.cpp).
std::vector<Source> read_sources(const LocatedNode& at);

}  // namespace faultline::io
