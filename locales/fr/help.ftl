home-title = Que s'est-il passé ?
home-lead = Racontez-nous avec vos propres mots et nous vous montrerons l'aide qui vous correspond. Vous n'avez pas besoin de donner votre nom.
describe-label = Que s'est-il passé ? Vous pouvez l'écrire avec vos propres mots
describe-hint = Vous pouvez écrire dans n'importe quelle langue. Ce que vous écrivez n'est pas conservé.
describe-counter = Vous pouvez encore écrire { $remaining } caractères.
describe-submit = Trouver de l'aide
describe-privacy = Nous utilisons ce que vous écrivez seulement pour vous proposer de l'aide. Ce n'est pas enregistré et cela n'apparaît pas dans l'historique de votre navigateur.
home-situations = Ou choisissez ce qui se passe
home-needs = De quoi avez-vous besoin ?
home-not-your-fault-title = Ce n'est pas de votre faute
home-not-your-fault = Quoi qu'il se soit passé, vous méritez qu'on vous croie et qu'on vous soutienne. Vous pouvez obtenir de l'aide que vous le signaliez à la police ou non, et quelle que soit votre situation migratoire.
home-safety-link = Comment utiliser ce site en toute sécurité

results-page-title = Informations
results-title = L'aide qui pourrait vous convenir
results-lead = Ces services pourraient vous aider pour ce que vous avez décrit. C'est vous qui choisissez qui contacter.
results-none = Nous n'avons trouvé aucun service qui corresponde à vos mots. Essayez de le dire autrement, ou choisissez dans la liste ci-dessous.
results-situations = Il s'agit peut-être de
results-services = Services qui peuvent vous aider
results-refine = Modifier ce que vous avez écrit


topic-not-your-fault = Ce n'est pas de votre faute. Vous pouvez obtenir de l'aide que vous le signaliez à la police ou non.
topic-services = Services qui peuvent vous aider
topic-service-count = { $count ->
    [0] Aucun service ne correspond à ces choix. Essayez une zone plus large.
    [one] 1 service
    [many] { $count } de services
   *[other] { $count } services
}
filters-submit = Afficher les services
borough-label = Où habitez-vous ? (facultatif)
borough-any = N'importe où à Londres, ou je préfère ne pas le dire
group-label = Services pour (facultatif)
group-any = Tout le monde
results-needs = D'autres aides qui pourraient vous être utiles
