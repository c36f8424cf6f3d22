#include "faultline/report/svg_pitch_charts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "faultline/analysis/pitch_words.hpp"
#include "faultline/report/html_escape.hpp"
#include "faultline/report/svg_palette.hpp"

namespace faultline::report {
namespace {

std::string diamond(double x, double y, bool hollow) {
  return fmt::format(R"(<path d="M{} {}l7 7l-7 7l-7 -7z" fill="{}" stroke="{}" stroke-width="2"/>)",
                     svg::num(x), svg::num(y - 7), hollow ? "#ffffff" : std::string{svg::ink}, svg::ink);
}

std::string triangle(double x, double y) {
  return fmt::format(R"(<path d="M{} {}l6 10h-12z" fill="none" stroke="{}" stroke-width="2"/>)", svg::num(x),
                     svg::num(y - 5), svg::ink);
}

std::string segment(double x0, double x1, double y, double h, const std::string& fill,
                    std::string_view title) {
  if (x1 - x0 < 0.05) return {};
  return fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>)",
                     svg::num(x0), svg::num(y), svg::num(x1 - x0), svg::num(h), fill, html_escape(title));
}

}  // namespace

std::string pitch_support_figure(const Scenario& scenario, const PitchResult& pitch, svg::Ids& ids) {
  constexpr double width = 760.0;
  constexpr double label_right = 215.0;
  constexpr double axis_left = 230.0;
  constexpr double axis_width = 330.0;
  constexpr double row = 50.0;
  constexpr double top = 34.0;
  const std::size_t rows = pitch.members.size();
  const double chart_bottom = top + row * static_cast<double>(rows);
  const double height = chart_bottom + 120.0;

  double low = 0.0;
  double high = 0.0;
  for (const PitchMember& member : pitch.members) {
    const MemberSupport& s = member.support;
    low = std::min({low, -s.losses, s.support, member.follow_up.kept, member.expected_support});
    high = std::max(
        {high, s.from_values + s.from_offers, s.support, member.follow_up.kept, member.expected_support});
  }
  const std::vector<double> tick_values = svg::ticks(low, high, 8);
  low = std::min(low, tick_values.front());
  high = std::max(high, tick_values.back());
  const svg::Scale sx{low, high, axis_left, axis_left + axis_width};

  svg::FigureText text;
  text.title = "Support in the room: won through values, bought with offers, lost to the proposal's demands";
  for (const PitchMember& member : pitch.members) {
    const MemberSupport& s = member.support;
    text.description += fmt::format(
        "{}: values {}, offers {}, losses {}, support {} ({}); expected by the proposer {}; after the "
        "follow-up {} "
        "({}). ",
        pitch_words::actor(scenario, s.id), svg::signed_fixed(s.from_values, 2),
        svg::signed_fixed(s.from_offers, 2), svg::signed_fixed(-s.losses, 2), svg::signed_fixed(s.support, 2),
        to_string(s.stance), svg::signed_fixed(member.expected_support, 2),
        svg::signed_fixed(member.follow_up.kept, 2), to_string(member.follow_up.outcome));
  }
  text.description += fmt::format("Missionary share {}.", svg::percent(pitch.missionary_share));
  text.caption =
      "Right of zero: what the proposal wins from each member, through shared values (solid) and offers "
      "(hatched); left: what it costs them (striped). ◆ = net support in the meeting, ◇ = what is left after "
      "the "
      "follow-up (offers delayed, costs showing, the sceptic's push-back), △ = what the proposer expected.";
  std::string out = svg::open_figure(ids, text, width, height, "pitch");

  for (const double t : tick_values) {
    out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}"{4}/>)", svg::num(sx(t)),
                       svg::num(top - 10), svg::num(chart_bottom - 10),
                       t == 0.0 ? std::string{svg::ink} : std::string{svg::grid},
                       t == 0.0 ? R"( stroke-width="1.5")" : "");
    out += svg::text(sx(t), top - 16, svg::tick_label(t, 1), R"(class="tick" text-anchor="middle")");
  }
  out +=
      svg::text(axis_left + axis_width + 16, top - 16, "stance → follow-through", R"(class="label muted")");
  for (std::size_t i = 0; i < rows; ++i) {
    const PitchMember& member = pitch.members[i];
    const MemberSupport& s = member.support;
    const double y = top + row * static_cast<double>(i);
    out += fmt::format(R"(<g class="member" data-actor="{}" data-support="{}">)", html_escape(s.id),
                       svg::fixed(s.support, 6));
    out += svg::text(label_right, y + 14, pitch_words::actor(scenario, s.id),
                     R"(class="label strong" text-anchor="end")");
    out += segment(sx(0.0), sx(s.from_values), y, 20, svg::basis_fill(svg::BasisTerm::values),
                   "through values " + svg::signed_fixed(s.from_values, 2));
    out += segment(sx(s.from_values), sx(s.from_values + s.from_offers), y, 20,
                   svg::basis_fill(svg::BasisTerm::exchange),
                   "through offers " + svg::signed_fixed(s.from_offers, 2));
    out +=
        segment(sx(-s.losses), sx(0.0), y, 20, svg::loss_fill(), "losses " + svg::signed_fixed(-s.losses, 2));
    out += triangle(sx(member.expected_support), y + 32);
    out += diamond(sx(member.follow_up.kept), y + 32, true);
    out += diamond(sx(s.support), y + 10, false);
    out += svg::text(axis_left + axis_width + 16, y + 10,
                     fmt::format("{} {}", svg::signed_fixed(s.support, 2), to_string(s.stance)),
                     R"(class="label strong")");
    out += svg::text(axis_left + axis_width + 16, y + 27,
                     fmt::format("→ {} {}", svg::signed_fixed(member.follow_up.kept, 2),
                                 to_string(member.follow_up.outcome)),
                     R"(class="label small")");
    out += "</g>";
  }

  // Legend.
  const double ly = chart_bottom + 8;
  out += R"(<g class="legend">)";
  out += fmt::format(R"(<rect x="{}" y="{}" width="18" height="14" fill="{}"/>)", svg::num(axis_left - 150),
                     svg::num(ly - 11), svg::basis_fill(svg::BasisTerm::values));
  out += svg::text(axis_left - 126, ly, "through values", R"(class="label")");
  out += fmt::format(R"(<rect x="{}" y="{}" width="18" height="14" fill="{}"/>)", svg::num(axis_left),
                     svg::num(ly - 11), svg::basis_fill(svg::BasisTerm::exchange));
  out += svg::text(axis_left + 24, ly, "through offers", R"(class="label")");
  out += fmt::format(R"(<rect x="{}" y="{}" width="18" height="14" fill="{}"/>)", svg::num(axis_left + 150),
                     svg::num(ly - 11), svg::loss_fill());
  out += svg::text(axis_left + 174, ly, "losses", R"(class="label")");
  out +=
      diamond(axis_left + 260, ly - 4, false) + svg::text(axis_left + 272, ly, "today", R"(class="label")");
  out += diamond(axis_left + 330, ly - 4, true) + svg::text(axis_left + 342, ly, "kept", R"(class="label")");
  out += triangle(axis_left + 395, ly - 4) + svg::text(axis_left + 406, ly, "expected", R"(class="label")");
  out += "</g>";

  // The missionary share: the part of the support won through values.
  const double my = chart_bottom + 40;
  const double share_width = 300.0;
  out += fmt::format(R"(<g class="missionary" data-share="{}">)", svg::fixed(pitch.missionary_share, 6));
  out += svg::text(label_right, my + 15, "missionary share", R"(class="label strong" text-anchor="end")");
  out += segment(axis_left, axis_left + share_width * pitch.missionary_share, my, 22,
                 svg::basis_fill(svg::BasisTerm::values), "won through values");
  out += segment(axis_left + share_width * pitch.missionary_share, axis_left + share_width, my, 22,
                 svg::basis_fill(svg::BasisTerm::exchange), "bought with offers");
  out += svg::text(axis_left + share_width + 10, my + 16,
                   fmt::format("{} values · {} offers", svg::percent(pitch.missionary_share),
                               svg::percent(1.0 - pitch.missionary_share)),
                   R"(class="label")");
  out += "</g>";
  return out + svg::close_figure(text);
}

}  // namespace faultline::report
