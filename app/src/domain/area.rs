//! Where a service works: the whole country, all of London, or named London boroughs (the 32
//! boroughs and the City of London).

use super::{UnknownValue, slug_enum};

slug_enum!(
    /// A London local authority area.
    Borough, "borough", {
        BarkingAndDagenham => "barking-and-dagenham",
        Barnet => "barnet",
        Bexley => "bexley",
        Brent => "brent",
        Bromley => "bromley",
        Camden => "camden",
        CityOfLondon => "city-of-london",
        Croydon => "croydon",
        Ealing => "ealing",
        Enfield => "enfield",
        Greenwich => "greenwich",
        Hackney => "hackney",
        HammersmithAndFulham => "hammersmith-and-fulham",
        Haringey => "haringey",
        Harrow => "harrow",
        Havering => "havering",
        Hillingdon => "hillingdon",
        Hounslow => "hounslow",
        Islington => "islington",
        KensingtonAndChelsea => "kensington-and-chelsea",
        KingstonUponThames => "kingston-upon-thames",
        Lambeth => "lambeth",
        Lewisham => "lewisham",
        Merton => "merton",
        Newham => "newham",
        Redbridge => "redbridge",
        RichmondUponThames => "richmond-upon-thames",
        Southwark => "southwark",
        Sutton => "sutton",
        TowerHamlets => "tower-hamlets",
        WalthamForest => "waltham-forest",
        Wandsworth => "wandsworth",
        Westminster => "westminster",
    }
);

/// The area a service covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    National,
    London,
    Borough(Borough),
}

impl Area {
    pub fn parse(value: &str) -> Result<Self, UnknownValue> {
        match value {
            "national" => Ok(Area::National),
            "london" => Ok(Area::London),
            other => Borough::parse(other).map(Area::Borough).map_err(|_| UnknownValue {
                kind: "area",
                value: other.to_owned(),
            }),
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Area::National => "national",
            Area::London => "london",
            Area::Borough(borough) => borough.as_str(),
        }
    }

    /// Whether someone living in `borough` can use a service covering this area.
    pub fn covers(self, borough: Borough) -> bool {
        match self {
            Area::National | Area::London => true,
            Area::Borough(own) => own == borough,
        }
    }
}

impl std::fmt::Display for Area {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Area {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Area {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Area::parse(&value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn london_has_thirty_three_local_authority_areas() {
        assert_eq!(Borough::ALL.len(), 33);
    }

    #[test]
    fn every_area_round_trips() {
        for borough in Borough::ALL {
            let area = Area::Borough(*borough);
            assert_eq!(Area::parse(area.as_str()), Ok(area));
        }
        assert_eq!(Area::parse("national"), Ok(Area::National));
        assert_eq!(Area::parse("london"), Ok(Area::London));
    }

    #[test]
    fn a_borough_service_covers_only_its_borough() {
        let hackney = Area::Borough(Borough::Hackney);
        assert!(hackney.covers(Borough::Hackney));
        assert!(!hackney.covers(Borough::Camden));
        assert!(Area::London.covers(Borough::Camden));
        assert!(Area::National.covers(Borough::Camden));
    }

    proptest! {
        #[test]
        fn unknown_areas_are_rejected(value in "[a-z-]{0,30}") {
            let known = value == "national" || value == "london" || Borough::ALL.iter().any(|b| b.as_str() == value);
            prop_assert_eq!(Area::parse(&value).is_ok(), known);
        }
    }
}
