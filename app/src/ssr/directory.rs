//! The directory as pages read it: every active service, held in memory and replaced whole
//! whenever the database changes, so that a request never waits on the database and never sees
//! half an update.

use crate::directory::{ServiceDetail, ServiceSummary};
use crate::domain::area::{Area, Borough};
use crate::domain::hours::{TimeOfDay, Weekday, open_at};
use crate::domain::taxonomy::{Group, Need, Situation};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(Default)]
pub struct Directory {
    services: Vec<ServiceDetail>,
    by_slug: HashMap<String, usize>,
    by_situation: HashMap<Situation, Vec<usize>>,
    by_need: HashMap<Need, Vec<usize>>,
}

/// How a list of services is narrowed and ordered.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter {
    /// Keep services that can serve someone in this borough; local ones first.
    pub borough: Option<Borough>,
    /// Keep services for this group and services for everyone; specialised ones first.
    pub group: Option<Group>,
}

impl Directory {
    pub fn new(services: Vec<ServiceDetail>) -> Self {
        let by_slug = services
            .iter()
            .enumerate()
            .map(|(index, s)| (s.summary.slug.clone(), index))
            .collect();
        let mut by_situation: HashMap<Situation, Vec<usize>> = HashMap::new();
        let mut by_need: HashMap<Need, Vec<usize>> = HashMap::new();
        for (index, service) in services.iter().enumerate() {
            for situation in &service.summary.situations {
                by_situation.entry(*situation).or_default().push(index);
            }
            for need in &service.summary.needs {
                by_need.entry(*need).or_default().push(index);
            }
        }
        Directory {
            services,
            by_slug,
            by_situation,
            by_need,
        }
    }

    /// Positions of the services tagged with `situation`, for ranking without a full scan.
    pub fn indexes_with_situation(&self, situation: Situation) -> &[usize] {
        self.by_situation.get(&situation).map_or(&[], Vec::as_slice)
    }

    pub fn indexes_with_need(&self, need: Need) -> &[usize] {
        self.by_need.get(&need).map_or(&[], Vec::as_slice)
    }

    pub fn summary_at(&self, index: usize) -> Option<&ServiceSummary> {
        self.services.get(index).map(|s| &s.summary)
    }

    pub fn details(&self) -> &[ServiceDetail] {
        &self.services
    }

    pub fn len(&self) -> usize {
        self.services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    pub fn service(&self, slug: &str) -> Option<&ServiceDetail> {
        self.by_slug.get(slug).map(|index| &self.services[*index])
    }

    pub fn services(&self) -> impl Iterator<Item = &ServiceDetail> {
        self.services.iter()
    }

    pub fn with_situation(&self, situation: Situation, filter: ListFilter) -> Vec<ServiceSummary> {
        self.list(|s| s.situations.contains(&situation), filter)
    }

    pub fn with_need(&self, need: Need, filter: ListFilter) -> Vec<ServiceSummary> {
        self.list(|s| s.needs.contains(&need), filter)
    }

    fn list(&self, matches: impl Fn(&ServiceSummary) -> bool, filter: ListFilter) -> Vec<ServiceSummary> {
        let mut found: Vec<&ServiceSummary> = self
            .services
            .iter()
            .map(|s| &s.summary)
            .filter(|s| matches(s))
            .filter(|s| {
                filter
                    .borough
                    .is_none_or(|borough| s.areas.iter().any(|area| area.covers(borough)))
            })
            .filter(|s| {
                filter
                    .group
                    .is_none_or(|group| s.groups.is_empty() || s.groups.contains(&group))
            })
            .collect();
        found.sort_by_key(|s| {
            (
                !filter.group.is_some_and(|g| s.groups.contains(&g)),
                locality_rank(s, filter.borough),
            )
        });
        found.into_iter().cloned().collect()
    }
}

/// Local services first, then London-wide, then national.
fn locality_rank(service: &ServiceSummary, borough: Option<Borough>) -> u8 {
    let local = borough.is_some_and(|b| service.areas.contains(&Area::Borough(b)));
    if local {
        0
    } else if service.areas.contains(&Area::London) || service.areas.iter().any(|a| matches!(a, Area::Borough(_))) {
        1
    } else {
        2
    }
}

/// Whether a service is open at the given London time; `None` when its hours are not known.
pub fn open_now(service: &ServiceSummary, now: (Weekday, TimeOfDay)) -> Option<bool> {
    open_at(&service.hours, now.0, now.1)
}

/// The shared, swappable directory.
#[derive(Clone, Default)]
pub struct SharedDirectory(Arc<RwLock<Arc<Directory>>>);

impl SharedDirectory {
    pub fn snapshot(&self) -> Arc<Directory> {
        match self.0.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn replace(&self, directory: Directory) {
        let directory = Arc::new(directory);
        match self.0.write() {
            Ok(mut guard) => *guard = directory,
            Err(poisoned) => *poisoned.into_inner() = directory,
        }
    }
}

/// How many services carry each slug, and how many local listings each borough has: the
/// figures an import reports and the coverage tests check.
#[derive(Debug, Default)]
pub struct DirectoryCounts {
    pub services: usize,
    pub situations: Vec<(&'static str, usize)>,
    pub needs: Vec<(&'static str, usize)>,
    pub groups: Vec<(&'static str, usize)>,
    pub boroughs: Vec<(&'static str, usize)>,
}

impl Directory {
    pub fn counts(&self) -> DirectoryCounts {
        let summaries: Vec<&ServiceSummary> = self.services.iter().map(|s| &s.summary).collect();
        let count = |matches: &dyn Fn(&ServiceSummary) -> bool| summaries.iter().filter(|s| matches(s)).count();
        DirectoryCounts {
            services: summaries.len(),
            situations: Situation::ALL
                .iter()
                .map(|x| (x.as_str(), count(&|s| s.situations.contains(x))))
                .collect(),
            needs: Need::ALL
                .iter()
                .map(|x| (x.as_str(), count(&|s| s.needs.contains(x))))
                .collect(),
            groups: Group::ALL
                .iter()
                .map(|x| (x.as_str(), count(&|s| s.groups.contains(x))))
                .collect(),
            boroughs: Borough::ALL
                .iter()
                .map(|b| (b.as_str(), count(&|s| s.areas.contains(&Area::Borough(*b)))))
                .collect(),
        }
    }
}
