//! The portal's triage vocabulary (`content/taxonomy.toml`, a public contract): every slug is an
//! enum variant, and a test keeps the enums and the file in step.

use super::slug_enum;

slug_enum!(
    /// What happened to the person.
    Situation, "situation", {
        DomesticAbuse => "domestic-abuse",
        SexualViolence => "sexual-violence",
        Stalking => "stalking",
        Harassment => "harassment",
        OnlineAbuse => "online-abuse",
        Fgm => "fgm",
        ForcedMarriage => "forced-marriage",
        HonourBasedAbuse => "honour-based-abuse",
        Trafficking => "trafficking",
        SexualExploitation => "sexual-exploitation",
        ChildAbuse => "child-abuse",
        HateCrime => "hate-crime",
        Fraud => "fraud",
        TheftBurglary => "theft-burglary",
        ViolentCrime => "violent-crime",
        BereavedByCrime => "bereaved-by-crime",
        OtherCrime => "other-crime",
    }
);

slug_enum!(
    /// What help the person needs, on top of the situation.
    Need, "need", {
        Emergency => "emergency",
        SafeHousing => "safe-housing",
        LegalHelp => "legal-help",
        Immigration => "immigration",
        MentalHealth => "mental-health",
        Reporting => "reporting",
        CourtSupport => "court-support",
        Medical => "medical",
        Children => "children",
    }
);

slug_enum!(
    /// Who the person is, where a service is specialised for them.
    Group, "group", {
        Women => "women",
        Men => "men",
        Lgbt => "lgbt",
        YoungPeople => "young-people",
        OlderPeople => "older-people",
        Disabled => "disabled",
        Migrants => "migrants",
        BlackMinoritised => "black-minoritised",
    }
);

/// The three vocabularies, as Open Referral taxonomies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vocabulary {
    Situation,
    Need,
    Group,
}

impl Vocabulary {
    pub const ALL: [Vocabulary; 3] = [Vocabulary::Situation, Vocabulary::Need, Vocabulary::Group];

    pub const fn as_str(self) -> &'static str {
        match self {
            Vocabulary::Situation => "situation",
            Vocabulary::Need => "need",
            Vocabulary::Group => "group",
        }
    }

    pub fn slugs(self) -> Vec<&'static str> {
        match self {
            Vocabulary::Situation => Situation::ALL.iter().map(|s| s.as_str()).collect(),
            Vocabulary::Need => Need::ALL.iter().map(|s| s.as_str()).collect(),
            Vocabulary::Group => Group::ALL.iter().map(|s| s.as_str()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn keys_in_taxonomy_file(text: &str, table: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut in_table = false;
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                in_table = line == format!("[{table}]");
            } else if in_table
                && !line.starts_with('#')
                && let Some((key, _)) = line.split_once('=')
            {
                keys.push(key.trim().to_owned());
            }
        }
        keys
    }

    fn assert_matches_file(text: &str) {
        for vocabulary in Vocabulary::ALL {
            assert_eq!(
                keys_in_taxonomy_file(text, vocabulary.as_str()),
                vocabulary.slugs(),
                "the {} slugs differ from the taxonomy file",
                vocabulary.as_str()
            );
        }
    }

    #[test]
    fn enums_match_the_taxonomy_in_content() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/taxonomy.toml"))
            .expect("content/taxonomy.toml is readable");
        assert_matches_file(&text);
    }

    #[test]
    fn enums_match_the_shared_contract_when_it_is_beside_the_checkout() {
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/taxonomy.toml");
        if let Ok(text) = std::fs::read_to_string(shared) {
            assert_matches_file(&text);
        }
    }

    #[test]
    fn every_slug_round_trips() {
        for situation in Situation::ALL {
            assert_eq!(Situation::parse(situation.as_str()), Ok(*situation));
        }
        for need in Need::ALL {
            assert_eq!(Need::parse(need.as_str()), Ok(*need));
        }
        for group in Group::ALL {
            assert_eq!(Group::parse(group.as_str()), Ok(*group));
        }
    }

    proptest! {
        #[test]
        fn parse_accepts_only_known_slugs(value in "\\PC{0,24}") {
            let known = Situation::ALL.iter().any(|s| s.as_str() == value);
            prop_assert_eq!(Situation::parse(&value).is_ok(), known);
        }
    }
}
