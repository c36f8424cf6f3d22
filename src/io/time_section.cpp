// `time:` and `defaults:`, and the date-range check every dated section uses.
#include <array>
#include <string>

#include "faultline/io/did_you_mean.hpp"
#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

struct NamedStep {
  std::string_view name;
  double days;
};

// Calendar periods as mean lengths in days (Gregorian year 365.2425 days).
constexpr std::array<NamedStep, 5> named_steps{{{"day", 1.0},
                                                {"week", 7.0},
                                                {"month", days_per_year / 12.0},
                                                {"quarter", days_per_year / 4.0},
                                                {"year", days_per_year}}};

void read_step(const LocatedNode& at, TimeRange& time) {
  if (at.is_scalar() && !at.is_quoted()) {
    if (const auto days = parse_number(at.scalar()); days && *days > 0.0) {
      time.step_days = *days;
      time.step_label = at.scalar() + (*days == 1.0 ? " day" : " days");
      return;
    }
  }
  std::vector<std::string> names;
  for (const NamedStep& step : named_steps) {
    if (at.is_scalar() && at.scalar() == step.name) {
      time.step_days = step.days;
      time.step_label = std::string{step.name};
      return;
    }
    names.emplace_back(step.name);
  }
  at.report("expected day, week, month, quarter, year or a number of days > 0, got " + at.description() +
            (at.is_scalar() ? did_you_mean(at.scalar(), names) : ""));
}

}  // namespace

void SectionContext::check_in_time_range(const LocatedNode& at, Date date) const {
  if (time && (date < time->start || date > time->end)) {
    at.report("date " + date.to_iso() + " is outside the time range " + time->start.to_iso() + " to " +
              time->end.to_iso());
  }
}

std::optional<TimeRange> read_time(const LocatedNode& at) {
  const FieldSet fields{at, "a mapping {start, end, step}", {"start", "end", "step"}};
  TimeRange time;
  std::optional<Date> start;
  std::optional<Date> end;
  if (auto written = fields.required("start")) start = read_date(*written);
  if (auto written = fields.required("end")) {
    end = read_date(*written);
    if (start && end && *end <= *start) {
      written->report("expected a date after start " + start->to_iso() + ", got " + end->to_iso());
      end.reset();
    }
  }
  if (auto written = fields.optional("step")) read_step(*written, time);
  if (!start || !end) return std::nullopt;
  time.start = *start;
  time.end = *end;
  return time;
}

Defaults read_defaults(const LocatedNode& at) {
  const FieldSet fields{at, "a mapping {sd}", {"sd"}};
  Defaults defaults;
  if (auto written = fields.optional("sd")) {
    if (const auto sd = read_number(*written, non_negative)) defaults.sd = *sd;
  }
  at.context().set_default_sd(defaults.sd);
  return defaults;
}

}  // namespace faultline::io
