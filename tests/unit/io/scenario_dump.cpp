#include "scenario_dump.hpp"

#include <sstream>
#include <variant>

namespace faultline::testing {

namespace {

// Overloads of one name, so std::visit can print any effect.
template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
// C++20 deduces this for an aggregate by itself; clang before 17 needs the guide.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::string text(const Uncertain& u) {
  std::ostringstream out;
  out << u.value << "±" << u.sd;
  return out.str();
}

std::string text(const std::optional<Change>& change) {
  if (!change) return "-";
  std::ostringstream out;
  out << (change->mode == Change::Mode::set ? "set " : "delta ") << change->amount;
  return out.str();
}

std::string text(const Flow& flow) {
  return flow.from + "->" + flow.to + " '" + flow.what + "' value " + text(flow.value) + " cost " +
         text(flow.cost);
}

void dump_effects(std::ostream& out, const std::vector<Effect>& effects) {
  for (const Effect& effect : effects) {
    out << "    effect ";
    std::visit(
        Overloaded{
            [&](const FlowEffect& e) {
              out << "flow " << e.from << "->" << e.to << " value " << text(e.value) << " cost "
                  << text(e.cost);
            },
            [&](const StanceEffect& e) {
              out << "stance " << e.actor << " " << to_string(e.kind) << " " << e.topic << " position "
                  << text(e.position) << " salience " << text(e.salience);
            },
            [&](const RelationEffect& e) {
              out << "relation " << e.between[0] << "," << e.between[1] << " sign " << text(e.sign);
            },
            [&](const ThresholdEffect& e) { out << "threshold " << e.actor << " " << text(e.threshold); },
            [&](const RevealEffect& e) {
              out << "reveal " << e.actor << " " << to_string(e.kind) << " " << e.topic;
            },
            [&](const TieEndEffect& e) { out << "tie end " << e.between[0] << "," << e.between[1]; },
        },
        effect);
    out << "\n";
  }
}

void dump_topics(std::ostream& out, const char* kind, const std::vector<Topic>& topics) {
  for (const Topic& topic : topics) {
    out << kind << " " << topic.id << " '" << topic.label << "' poles '" << topic.poles[0] << "' '"
        << topic.poles[1] << "' '" << topic.description << "'\n";
  }
}

void dump_asserts(std::ostream& out, const std::map<std::string, double>& asserts) {
  for (const auto& [topic, position] : asserts) out << " " << topic << "=" << position;
}

}  // namespace

std::string dump(const Scenario& s) {
  std::ostringstream out;
  out << "format " << s.format << " id " << s.id << " title '" << s.title << "'\n";
  out << "time " << s.time.start.to_iso() << " " << s.time.end.to_iso() << " step " << s.time.step_days
      << " '" << s.time.step_label << "' default sd " << s.defaults.sd << "\n";
  dump_topics(out, "dimension", s.dimensions);
  dump_topics(out, "issue", s.issues);
  for (const Actor& a : s.actors) {
    out << "actor " << a.id << " '" << a.name << "' capability " << text(a.capability) << " volatility "
        << text(a.temperament.volatility) << " ego " << text(a.temperament.ego) << " threshold "
        << text(a.threshold) << "\n";
    for (const auto& [topic, stance] : a.values) {
      out << "  value " << topic << " " << text(stance.position) << " " << text(stance.salience) << "\n";
    }
    for (const auto& [topic, stance] : a.issues) {
      out << "  issue " << topic << " " << text(stance.position) << " " << text(stance.salience) << "\n";
    }
    for (const auto& [other, positions] : a.perceives) {
      for (const auto& [topic, position] : positions) {
        out << "  perceives " << other << " " << topic << " " << text(position) << "\n";
      }
    }
  }
  for (const Tie& t : s.ties) {
    out << "tie " << t.between[0] << "," << t.between[1] << " since " << (t.since ? t.since->to_iso() : "-")
        << "\n";
    for (const Flow& f : t.flows) out << "  flow " << text(f) << "\n";
  }
  for (const Relation& r : s.relations) {
    out << "relation " << r.between[0] << "," << r.between[1] << " " << text(r.sign) << "\n";
  }
  for (const Event& e : s.events) {
    out << "event " << e.at.to_iso() << " '" << e.what << "'\n";
    dump_effects(out, e.effects);
  }
  for (const Proposal& p : s.proposals) {
    out << "proposal " << p.id << " '" << p.title << "' by " << p.by << " room";
    for (const std::string& member : p.room) out << " " << member;
    out << " asserts";
    dump_asserts(out, p.asserts);
    out << "\n";
    for (const Flow& offer : p.offers) out << "  offer " << text(offer) << "\n";
    if (p.against) {
      out << "  against '" << p.against->title << "' asserts";
      dump_asserts(out, p.against->asserts);
      out << "\n";
    }
  }
  for (const Pressure& p : s.pressures) {
    out << "pressure " << p.id << " '" << p.what << "' at " << (p.at ? p.at->to_iso() : "-") << "\n";
    dump_effects(out, p.effects);
  }
  for (const Source& source : s.sources) {
    out << "source '" << source.ref << "' '" << source.note << "' about";
    for (const std::string& path : source.about) out << " " << path;
    out << "\n";
  }
  return out.str();
}

}  // namespace faultline::testing
