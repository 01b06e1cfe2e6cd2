staff-site-name = Portail des victimes de Londres : espace professionnel
staff-sign-in-title = Connexion
staff-sign-in = Se connecter
staff-sign-out = Se déconnecter
staff-email = Adresse e-mail
staff-password = Mot de passe
staff-forgot-link = Mot de passe oublié ?
staff-code-title = Saisissez votre code
staff-code = Code
staff-code-hint = Le code à six chiffres de votre application d'authentification, ou l'un de vos codes de récupération.
staff-continue = Continuer
staff-back-home = Retour à l'accueil de l'espace professionnel
staff-nav-label = Pages de l'espace professionnel
staff-nav-home = Accueil
staff-nav-services = Fiches
staff-nav-moderation = Modifications à approuver
staff-nav-stale = Fiches non confirmées
staff-nav-organizations = Organismes
staff-nav-users = Comptes
staff-nav-audit = Journal d'audit
staff-nav-account = Votre compte

staff-error-title = Un problème est survenu
staff-error-summary = Il y a un problème
staff-error-signed-out = Votre session a pris fin. Veuillez vous reconnecter.
staff-error-forbidden = Votre compte ne permet pas de faire cela.
staff-error-form-expired = Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.
staff-error-not-found = Cette page n'existe pas, ou votre compte n'y a pas accès.
staff-error-bad-form = Le formulaire n'a pas pu être lu. Rechargez la page et réessayez.
staff-error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
staff-error-credentials = L'adresse e-mail ou le mot de passe est incorrect.
staff-error-account-locked = Ce compte est bloqué pendant 15 minutes après trop de tentatives infructueuses. Réessayez plus tard ou réinitialisez votre mot de passe.
staff-error-too-many-attempts = Trop de tentatives infructueuses depuis ce réseau. Attendez 15 minutes et réessayez.
staff-error-code = Ce code est incorrect ou a déjà été utilisé. Les codes changent toutes les 30 secondes.
staff-error-password-short = Choisissez un mot de passe d'au moins 12 caractères. Quelques mots sans rapport entre eux font un bon mot de passe.
staff-error-password-long = Choisissez un mot de passe de 256 caractères maximum.
staff-error-password-mismatch = Les deux mots de passe ne sont pas identiques.
staff-error-password-like-email = Choisissez un mot de passe qui ne contient pas votre adresse e-mail.
staff-error-password-simple = Choisissez un mot de passe avec des caractères plus variés.
staff-error-current-password = Votre mot de passe actuel est incorrect.
staff-error-link-unknown = Ce lien n'est pas valide. Vérifiez que vous l'avez copié en entier.
staff-error-link-expired = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
staff-error-age = Les âges sont des nombres entiers de 0 à 120.
staff-error-listing-field = { $field } : { $problem }
staff-error-no-change = Rien n'a été modifié. Modifiez un champ, ou utilisez plutôt « Cette fiche est correcte ».
staff-error-already-reviewed = Quelqu'un a déjà approuvé ou refusé cette modification.
staff-error-reason = Indiquez un motif de 2 000 caractères maximum : le prestataire le verra.
staff-error-organization-name = Saisissez le nom de l'organisme (200 caractères maximum).
staff-error-organization-slug = Le nom court ne peut contenir que des lettres minuscules, des chiffres et des traits d'union isolés, par exemple « solace-women ».
staff-error-organization-website = L'adresse du site web doit commencer par https://.
staff-error-organization-exists = Un organisme avec ce nom court existe déjà.
staff-error-organization-needed = Choisissez au moins un organisme pour un prestataire ou un intervenant social.
staff-error-user-exists = Un compte avec cette adresse e-mail existe déjà.
staff-error-date = Les dates s'écrivent sous la forme année-mois-jour, par exemple 2026-11-29.

staff-done-revision-sent = Votre modification a été envoyée. Un administrateur la vérifiera avant sa mise en ligne.
staff-done-confirmed = Merci. La fiche indique la date d'aujourd'hui comme date de dernière vérification.
staff-done-approved = La modification est approuvée et en ligne.
staff-done-rejected = La modification est refusée ; le prestataire verra votre motif.
staff-done-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été déconnectées.
staff-done-language-changed = Votre langue a été enregistrée.
staff-done-invited = Le compte a été créé et un lien de configuration a été envoyé par e-mail.
staff-done-organization-created = L'organisme a été créé.
staff-done-user-disabled = Le compte a été désactivé et déconnecté.
staff-done-user-enabled = Le compte a été réactivé.
staff-done-memberships-changed = Les organismes du compte ont été mis à jour.
staff-done-password-reset = Votre mot de passe a été modifié. Connectez-vous dès maintenant avec ce nouveau mot de passe.
staff-done-reset-sent = Si un compte utilise cette adresse, nous lui avons envoyé par e-mail un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.

staff-setup-title = Configurer votre compte
staff-reset-title = Choisir un nouveau mot de passe
staff-setup-for = Compte : { $email }
staff-link-title = Lien non valide
staff-new-password = Nouveau mot de passe
staff-new-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
staff-confirm-password = Saisissez à nouveau le nouveau mot de passe
staff-save-password = Enregistrer le mot de passe
staff-enrol-title = Configurer votre application d'authentification
staff-enrol-intro = Chaque compte professionnel nécessite une deuxième étape lors de la connexion. Scannez ce code avec une application d'authentification sur votre téléphone (par exemple Microsoft Authenticator, Google Authenticator ou FreeOTP).
staff-enrol-manual = Si vous ne pouvez pas le scanner, saisissez plutôt cette clé dans l'application :
staff-enrol-code = Le code à six chiffres affiché par l'application
staff-enrol-confirm = Confirmer
staff-recovery-title = Codes de récupération
staff-recovery-intro = Conservez ces codes en lieu sûr, par exemple dans un gestionnaire de mots de passe. Chacun vous permet de vous connecter une fois si vous perdez votre téléphone. Ils ne seront plus affichés.
staff-recovery-remaining = { $count ->
    [one] Il vous reste { $count } code de récupération inutilisé.
   *[other] Il vous reste { $count } codes de récupération inutilisés.
}
staff-recovery-new = Générer de nouveaux codes de récupération (les anciens ne fonctionneront plus)
staff-forgot-title = Réinitialiser votre mot de passe
staff-forgot-intro = Saisissez l'adresse e-mail de votre compte. Nous vous enverrons par e-mail un lien pour choisir un nouveau mot de passe.
staff-forgot-send = Envoyer le lien
staff-mail-reset-subject = Réinitialisation de votre mot de passe sur le Portail des victimes de Londres
staff-mail-reset-body = Quelqu'un a demandé à réinitialiser le mot de passe de votre compte professionnel sur le Portail des victimes de Londres. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure qui suit :

    { $link }

    Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.
staff-mail-invite-subject = Votre compte professionnel sur le Portail des victimes de Londres
staff-mail-invite-body = Un administrateur a créé pour vous un compte professionnel sur le Portail des victimes de Londres. Pour choisir votre mot de passe et configurer votre application d'authentification, ouvrez ce lien dans les 72 heures :

    { $link }

staff-home-title = Accueil de l'espace professionnel
staff-role-admin = Vous avez le rôle d'administrateur.
staff-role-provider = Vous tenez à jour les fiches de votre organisme.
staff-role-caseworker = Vous avez le rôle d'intervenant social.
staff-member-of = Organismes : { $organizations }
staff-home-services = { $count ->
    [one] { $count } fiche à tenir à jour
   *[other] { $count } fiches à tenir à jour
}
staff-home-pending = { $count ->
    [one] { $count } modification à approuver
   *[other] { $count } modifications à approuver
}
staff-home-stale = { $count ->
    [one] { $count } fiche non confirmée depuis six mois
   *[other] { $count } fiches non confirmées depuis six mois
}
staff-home-directory = Rechercher des services dans l'annuaire
staff-account-title = Votre compte
staff-language = Langue
staff-save = Enregistrer
staff-change-password = Modifier votre mot de passe
staff-current-password = Mot de passe actuel

staff-services-title = Vos fiches
staff-services-none = Votre compte n'a pas encore de fiche. Demandez à un administrateur d'ajouter votre organisme.
staff-never-confirmed = Jamais confirmée par le prestataire
staff-confirmed-on = Dernière confirmation le { $date }
staff-last-confirmed = Dernière confirmation
staff-revision-pending = Une modification est en attente d'approbation.
staff-revision-rejected = Votre dernière modification n'a pas été approuvée : { $reason }
staff-revision-approved = Votre dernière modification a été approuvée le { $date }.
staff-edit = Modifier
staff-confirm-correct = Cette fiche est correcte
staff-edit-title = Modifier { $name }
staff-edit-intro = Modifiez tout ce qui n'est pas exact. Un administrateur vérifie chaque modification avant sa mise en ligne.
staff-edit-pending = Ce formulaire affiche votre modification en attente d'approbation. Si vous l'envoyez à nouveau, elle remplacera la précédente.
staff-listing-about = À propos du service
staff-listing-availability = Disponibilité
staff-listing-contact = Contact
staff-listing-languages = Langues
staff-listing-submit = Envoyer pour approbation
staff-hint-one-per-line = Un élément par ligne.
staff-capacity-unstated = Non précisé
staff-closure-message = Message pendant la fermeture
staff-closure-until = Fermé jusqu'au (facultatif)
staff-phone-n = Téléphone { $n }
staff-phone-number = Numéro
staff-phone-kind = Type
staff-phone-kind-voice = Appels vocaux
staff-phone-kind-sms = SMS
staff-phone-kind-textphone = Téléphone à texte
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Remarque (facultatif)
staff-hours-hint = Horaires à l'heure de Londres, au format HH:MM. Si l'heure de fermeture est antérieure à l'heure d'ouverture, la plage se prolonge après minuit ; 24:00 marque la fin de la journée. Laissez une ligne vide pour la supprimer.
staff-hours-n = Horaires d'ouverture { $n }
staff-hours-opens = Ouverture
staff-hours-closes = Fermeture
staff-hours-note = Remarque (facultatif)
staff-languages-hint = Codes de langue à deux ou trois lettres, séparés par des virgules, par exemple « en, so, ar ».
staff-places-hint = Un lieu confidentiel (un centre d'hébergement, un logement protégé) n'affiche jamais d'adresse, nulle part : toute adresse saisie pour ce lieu est supprimée.
staff-place-n = Lieu { $n }
staff-place-name = Nom
staff-place-confidential = Confidentiel : ne jamais indiquer où il se trouve
staff-place-address = Adresse
staff-place-city = Ville
staff-place-postcode = Code postal
staff-place-borough = Arrondissement
staff-place-borough-none = Hors des arrondissements de Londres
staff-place-description = Remarque (facultatif)

staff-field-id = Identifiant
staff-field-name = Nom
staff-field-organization = Organisme
staff-field-description = Description
staff-field-offers = Ce que propose le service
staff-field-eligibility_description = À qui il s'adresse
staff-field-url = Site web
staff-field-email = E-mail
staff-field-chat_url = Chat en ligne
staff-field-phones = Téléphones
staff-field-schedules = Horaires d'ouverture
staff-field-languages = Langues parlées
staff-field-interpretation_services = Interprétariat
staff-field-areas = Zones couvertes
staff-field-situations = Situations prises en charge
staff-field-needs = Besoins couverts
staff-field-groups = Publics spécifiques
staff-field-fees = Tarifs
staff-field-minimum_age = Âge minimum
staff-field-maximum_age = Âge maximum
staff-field-accepts_online_contact = Accepte les demandes de contact via le portail
staff-field-locations = Lieux
staff-field-translations = Traductions
staff-field-capacity = Capacité d'accueil
staff-field-capacity_note = Remarque sur la capacité d'accueil (par exemple, le délai d'attente)
staff-field-closure = Fermeture temporaire

staff-queue-title = Modifications à approuver
staff-queue-empty = Aucune modification en attente.
staff-proposed-by = Envoyée par { $email } le { $date }
staff-revision-title = Modification d'une fiche
staff-revision-heading = Modification de { $name }
staff-revision-changed-since = La fiche en ligne a changé depuis que cette modification a été proposée. Le tableau compare la modification à la fiche en ligne.
staff-diff-caption = Ce qui change
staff-diff-field = Champ
staff-diff-before = Actuel
staff-diff-after = Proposé
staff-approve = Approuver et publier
staff-reject = Refuser
staff-reject-reason = Motif du refus (visible par le prestataire)
staff-status-approved = Approuvée
staff-status-rejected = Refusée
staff-status-withdrawn = Remplacée par une modification plus récente
staff-status-pending = En attente

staff-organizations-title = Organismes
staff-organization-new = Ajouter un organisme
staff-organization-name = Nom
staff-organization-slug = Nom court
staff-organization-slug-hint = Lettres minuscules, chiffres et traits d'union, par exemple « solace-women ». Il ne pourra pas être modifié par la suite.
staff-organization-website = Site web (facultatif)
staff-organization-create = Ajouter l'organisme
staff-organization-services = Fiches
staff-organization-members = Comptes professionnels

staff-users-title = Comptes professionnels
staff-invite-title = Créer un compte
staff-invite-intro = La personne reçoit un e-mail contenant un lien pour choisir un mot de passe et configurer une application d'authentification.
staff-invite-organizations = Organismes (maintenez la touche Ctrl ou ⌘ enfoncée pour en choisir plusieurs)
staff-invite-send = Créer le compte et envoyer le lien
staff-role = Rôle
staff-role-name-admin = Administrateur
staff-role-name-provider = Prestataire
staff-role-name-caseworker = Intervenant social
staff-user-organizations = Organismes
staff-user-state = État
staff-user-actions = Actions
staff-user-active = Actif
staff-user-invited = Invité, pas encore configuré
staff-user-locked = Bloqué temporairement
staff-user-disabled = Désactivé
staff-user-disable = Désactiver
staff-user-enable = Activer
staff-membership-add = Ajouter à un organisme
staff-membership-add-button = Ajouter

staff-stale-title = Fiches non confirmées depuis six mois
staff-stale-count = { $count ->
    [one] { $count } fiche n'a pas été confirmée par son prestataire depuis six mois ou plus.
   *[other] { $count } fiches n'ont pas été confirmées par leurs prestataires depuis six mois ou plus.
}

staff-audit-title = Journal d'audit
staff-audit-when = Date (UTC)
staff-audit-actor = Qui
staff-audit-action = Action
staff-audit-any = Toutes les actions
staff-audit-target = Élément
staff-audit-from = Du
staff-audit-to = Au
staff-audit-filter = Filtrer
staff-audit-change = Avant et après
staff-audit-show = Afficher
staff-audit-older = Entrées plus anciennes

staff-nav-inbox = Boîte de réception
staff-inbox-title = Boîte de réception
staff-inbox-empty = Aucune demande de contact pour le moment.
staff-inbox-admin-counts = Les administrateurs voient combien de demandes il y a, jamais leur contenu.
staff-inbox-received = Reçue le { $date }
staff-done-status-changed = Le statut a été enregistré.
staff-contact-heading = Demande de contact { $reference }
staff-contact-name = Nom à utiliser
staff-contact-method = Comment contacter la personne
staff-contact-message = Message
staff-contact-safe-times = Moments sûrs
staff-contact-help = Aide souhaitée
staff-contact-interpreter = Interprète
staff-contact-language = Langue du formulaire
staff-contact-status = Statut
staff-contact-status-new = Nouvelle
staff-contact-status-contacting = Prise de contact en cours
staff-contact-status-engaged = En contact
staff-contact-status-helped = Aide apportée
staff-contact-status-declined = Déclinée
staff-contact-status-closed = Clôturée
staff-mail-new-request-subject = Nouvelle demande de contact
staff-mail-new-request-body = Une personne a demandé à être contactée par l'un des services de votre organisme. Connectez-vous pour lire la demande :

    { $link }

    Pour la sécurité de cette personne, cet e-mail ne contient aucune information à son sujet.
staff-contact-timeline = Historique
staff-contact-timeline-entry = { $date } : { $email } a changé le statut en « { $status } »
staff-membership-remove = Retirer
staff-membership-remove-label = Retirer de { $organization }
