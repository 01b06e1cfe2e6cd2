//! Opening hours in London time, as Open Referral schedules describe them: a set of weekdays
//! (`byday`), an opening and a closing time. A closing time before the opening time runs past
//! midnight; `24:00` ends the day.

use serde::{Deserialize, Serialize};

/// A day of the week, Monday first, as in RFC 5545 `BYDAY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Weekday::Monday => "MO",
            Weekday::Tuesday => "TU",
            Weekday::Wednesday => "WE",
            Weekday::Thursday => "TH",
            Weekday::Friday => "FR",
            Weekday::Saturday => "SA",
            Weekday::Sunday => "SU",
        }
    }

    const fn index(self) -> u8 {
        self as u8
    }

    fn from_index(index: u8) -> Weekday {
        Weekday::ALL[usize::from(index % 7)]
    }

    #[must_use]
    pub fn previous(self) -> Weekday {
        Weekday::from_index(self.index() + 6)
    }
}

/// A set of weekdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Days(u8);

impl Days {
    pub const fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.index()) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL.into_iter().filter(move |day| self.contains(*day))
    }

    pub fn is_every_day(self) -> bool {
        self.0 == 0b111_1111
    }

    /// `MO,TU,...` in week order, the form Open Referral stores.
    pub fn to_byday(self) -> String {
        self.iter().map(Weekday::code).collect::<Vec<_>>().join(",")
    }

    /// Consecutive runs of days, for display ("Monday to Friday, Sunday").
    pub fn runs(self) -> Vec<(Weekday, Weekday)> {
        let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
        for day in self.iter() {
            match runs.last_mut() {
                Some((_, last)) if last.index() + 1 == day.index() => *last = day,
                _ => runs.push((day, day)),
            }
        }
        runs
    }
}

/// A time of day in minutes after midnight; 1440 (`24:00`) is the end of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    pub const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(24 * 60);

    fn parse(value: &str) -> Option<TimeOfDay> {
        let mut parts = value.split(':');
        let hours = parts.next()?;
        let minutes = parts.next()?;
        // Open Referral writes seconds too (`10:00:00`); they must be zero.
        if let Some(seconds) = parts.next()
            && (seconds != "00" || parts.next().is_some())
        {
            return None;
        }
        if hours.len() != 2 || minutes.len() != 2 {
            return None;
        }
        let hours: u16 = hours.parse().ok()?;
        let minutes: u16 = minutes.parse().ok()?;
        match (hours, minutes) {
            (24, 0) => Some(TimeOfDay::END_OF_DAY),
            (0..=23, 0..=59) => Some(TimeOfDay(hours * 60 + minutes)),
            _ => None,
        }
    }

    pub fn from_hm(hours: u8, minutes: u8) -> Option<TimeOfDay> {
        TimeOfDay::parse(&format!("{hours:02}:{minutes:02}"))
    }

    pub const fn minutes(self) -> u16 {
        self.0
    }

    /// `HH:MM`, 24-hour clock.
    pub fn to_hhmm(self) -> String {
        format!("{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("`{0}` is not a list of days such as MO,TU,WE")]
    Days(String),
    #[error("`{0}` is not a time such as 09:00 or 24:00")]
    Time(String),
    #[error("the opening and closing times are the same")]
    Empty,
}

/// One line of a timetable: these days, from this time to that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OpeningPeriod {
    days: Days,
    opens: TimeOfDay,
    closes: TimeOfDay,
}

impl OpeningPeriod {
    pub fn parse(byday: &str, opens_at: &str, closes_at: &str) -> Result<Self, HoursError> {
        let mut days = 0u8;
        for code in byday.split(',').map(str::trim) {
            let day = Weekday::ALL
                .iter()
                .find(|day| day.code() == code)
                .ok_or_else(|| HoursError::Days(byday.to_owned()))?;
            days |= 1 << day.index();
        }
        let opens = TimeOfDay::parse(opens_at).ok_or_else(|| HoursError::Time(opens_at.to_owned()))?;
        let closes = TimeOfDay::parse(closes_at).ok_or_else(|| HoursError::Time(closes_at.to_owned()))?;
        if opens == TimeOfDay::END_OF_DAY {
            return Err(HoursError::Time(opens_at.to_owned()));
        }
        if opens == closes {
            return Err(HoursError::Empty);
        }
        Ok(OpeningPeriod {
            days: Days(days),
            opens,
            closes,
        })
    }

    pub const fn days(&self) -> Days {
        self.days
    }

    pub const fn opens(&self) -> TimeOfDay {
        self.opens
    }

    pub const fn closes(&self) -> TimeOfDay {
        self.closes
    }

    pub fn runs_past_midnight(&self) -> bool {
        self.closes < self.opens
    }

    pub fn is_all_day(&self) -> bool {
        self.opens == TimeOfDay::MIDNIGHT && self.closes == TimeOfDay::END_OF_DAY
    }

    /// Whether this period is open at `time` on `day`, counting the part of an overnight period
    /// that began the evening before.
    pub fn is_open_at(&self, day: Weekday, time: TimeOfDay) -> bool {
        let minute = time.minutes();
        if self.runs_past_midnight() {
            let tonight = self.days.contains(day) && minute >= self.opens.minutes();
            let last_night = self.days.contains(day.previous()) && minute < self.closes.minutes();
            tonight || last_night
        } else {
            self.days.contains(day) && minute >= self.opens.minutes() && minute < self.closes.minutes()
        }
    }
}

/// Whether a service with these periods is open at `time` on `day`. `None` when the hours are
/// not known, which a page must say rather than guess.
pub fn open_at(periods: &[OpeningPeriod], day: Weekday, time: TimeOfDay) -> Option<bool> {
    if periods.is_empty() {
        return None;
    }
    Some(periods.iter().any(|period| period.is_open_at(day, time)))
}

/// Whether the periods together cover every minute of the week.
pub fn is_always_open(periods: &[OpeningPeriod]) -> bool {
    periods
        .iter()
        .any(|period| period.days.is_every_day() && period.is_all_day())
}

/// The weekday and time now in London, whatever the server's own time zone.
#[cfg(feature = "ssr")]
pub fn london_now() -> (Weekday, TimeOfDay) {
    london_time(jiff::Timestamp::now())
}

/// An instant on London's clock (UTC if the time zone database lacks London).
#[cfg(feature = "ssr")]
pub fn in_london(instant: jiff::Timestamp) -> jiff::Zoned {
    instant
        .in_tz("Europe/London")
        .unwrap_or_else(|_| instant.to_zoned(jiff::tz::TimeZone::UTC))
}

/// Today's date in London, `YYYY-MM-DD`.
#[cfg(feature = "ssr")]
pub fn london_today() -> String {
    in_london(jiff::Timestamp::now()).date().to_string()
}

#[cfg(feature = "ssr")]
pub fn london_time(instant: jiff::Timestamp) -> (Weekday, TimeOfDay) {
    let zoned = in_london(instant);
    let day = Weekday::from_index(u8::try_from(zoned.weekday().to_monday_zero_offset()).unwrap_or(0));
    let minutes = u16::try_from(i32::from(zoned.hour()) * 60 + i32::from(zoned.minute())).unwrap_or(0);
    (day, TimeOfDay(minutes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(hours: u8, minutes: u8) -> TimeOfDay {
        TimeOfDay::from_hm(hours, minutes).expect("valid time")
    }

    #[test]
    fn office_hours() {
        let period = OpeningPeriod::parse("MO,TU,WE,TH,FR", "09:00", "17:00").expect("valid");
        assert!(period.is_open_at(Weekday::Monday, at(9, 0)));
        assert!(period.is_open_at(Weekday::Friday, at(16, 59)));
        assert!(!period.is_open_at(Weekday::Friday, at(17, 0)));
        assert!(!period.is_open_at(Weekday::Saturday, at(12, 0)));
        assert_eq!(period.days().runs(), vec![(Weekday::Monday, Weekday::Friday)]);
    }

    #[test]
    fn overnight_hours_run_into_the_next_morning() {
        let period = OpeningPeriod::parse("FR", "18:00", "08:00").expect("valid");
        assert!(period.is_open_at(Weekday::Friday, at(23, 30)));
        assert!(period.is_open_at(Weekday::Saturday, at(7, 59)));
        assert!(!period.is_open_at(Weekday::Saturday, at(8, 0)));
        assert!(!period.is_open_at(Weekday::Friday, at(7, 0)));
    }

    #[test]
    fn round_the_clock() {
        let period = OpeningPeriod::parse("MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00").expect("valid");
        assert!(is_always_open(&[period]));
        assert!(period.is_open_at(Weekday::Sunday, at(23, 59)));
    }

    #[test]
    fn open_reference_times_with_seconds_are_accepted() {
        assert!(OpeningPeriod::parse("TH", "10:00:00", "18:00:00").is_ok());
        assert!(OpeningPeriod::parse("TH", "10:00:30", "18:00").is_err());
    }

    #[test]
    fn unknown_hours_are_not_guessed() {
        assert_eq!(open_at(&[], Weekday::Monday, at(12, 0)), None);
    }

    #[test]
    fn bad_input_is_rejected() {
        assert!(matches!(
            OpeningPeriod::parse("MON", "09:00", "17:00"),
            Err(HoursError::Days(_))
        ));
        assert!(matches!(
            OpeningPeriod::parse("MO", "9:00", "17:00"),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            OpeningPeriod::parse("MO", "09:00", "25:00"),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            OpeningPeriod::parse("MO", "24:00", "09:00"),
            Err(HoursError::Time(_))
        ));
        assert_eq!(OpeningPeriod::parse("MO", "09:00", "09:00"), Err(HoursError::Empty));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn london_time_follows_british_summer_time() {
        let winter: jiff::Timestamp = "2026-01-05T12:00:00Z".parse().expect("timestamp");
        assert_eq!(london_time(winter), (Weekday::Monday, at(12, 0)));
        let summer: jiff::Timestamp = "2026-07-06T12:00:00Z".parse().expect("timestamp");
        assert_eq!(london_time(summer), (Weekday::Monday, at(13, 0)));
    }

    proptest! {
        #[test]
        fn a_period_is_open_for_exactly_its_length_each_week(
            day_bits in 1u8..128, opens in 0u16..1440, length in 1u16..1440,
        ) {
            let closes = (opens + length) % 1440;
            let closes = if closes == 0 { 1440 } else { closes };
            let byday = Days(day_bits).to_byday();
            let period = OpeningPeriod::parse(&byday, &TimeOfDay(opens).to_hhmm(), &TimeOfDay(closes).to_hhmm())
                .expect("generated period is valid");
            let mut open_minutes = 0u32;
            for day in Weekday::ALL {
                for minute in 0..1440 {
                    if period.is_open_at(day, TimeOfDay(minute)) {
                        open_minutes += 1;
                    }
                }
            }
            prop_assert_eq!(open_minutes, u32::from(length) * day_bits.count_ones());
        }
    }
}
