home-title = What happened?
home-lead = Tell us in your own words and we will show you help that fits. You do not have to give your name.
describe-label = What happened? You can write in your own words
describe-hint = You can write in any language. What you write is not stored.
describe-counter = You can write { $remaining } more characters.
describe-submit = Find help
describe-privacy = We use what you write only to suggest help. It is not saved, and it does not appear in your browser history.
home-situations = Or choose what is happening
home-needs = What do you need?
home-not-your-fault-title = It is not your fault
home-not-your-fault = Whatever happened, you deserve to be believed and supported. You can get help whether or not you report it to the police, and whatever your immigration status.
home-safety-link = How to use this site safely

results-page-title = Information
results-title = Help that may fit
results-lead = These services may be able to help with what you described. You choose who to contact.
results-none = We could not match your words to a service. Try saying it differently, or choose from the list below.
results-situations = This may be about
results-services = Services that may help
results-refine = Change what you wrote


topic-not-your-fault = It is not your fault. You can get help whether or not you report it to the police.
topic-services = Services that can help
topic-service-count = { $count ->
    [0] No services match these choices. Try a wider area.
    [one] 1 service
   *[other] { $count } services
}
filters-submit = Show services
borough-label = Where do you live? (optional)
borough-any = Anywhere in London, or I'd rather not say
group-label = Services for (optional)
group-any = Everyone
results-needs = You may also need
