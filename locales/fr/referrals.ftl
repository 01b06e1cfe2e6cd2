# Orientations faites par les intervenants sociaux, et ce que les demandes de contact et les orientations ont en commun dans la boîte de réception d'un prestataire :
# attribution, notes internes, historique, et les e-mails qui s'y rapportent (jamais rien de personnel).

## Le formulaire d'orientation
referral-client-heading = La personne accompagnée
referral-name-label = Un nom que le service peut utiliser pour la personne
referral-name-hint = Un prénom, des initiales ou un pseudonyme suffisent.
referral-method-legend = Comment le service doit-il contacter la personne ?
referral-method-phone = Appel téléphonique
referral-method-text = SMS
referral-method-email = E-mail
referral-method-none = Par mon intermédiaire, en tant qu'intervenant social
referral-detail-label = Le numéro de téléphone ou l'adresse e-mail de la personne
referral-safe-times-label = Quand peut-on contacter la personne sans danger ? (facultatif)
referral-message-legend = Le service peut-il laisser un message ?
referral-message-yes = Oui, un message peut être laissé
referral-message-no = Non, ne jamais laisser de message
referral-language-label = La langue de la personne
referral-interpreter-label = Interprète nécessaire (langue, si elle ne figure pas dans cette liste)
referral-need-heading = Les besoins de la personne
referral-help-label = De quelle aide la personne a-t-elle besoin ?
referral-risk-label = Risques dont le service doit avoir connaissance
referral-risk-hint = Par exemple le niveau de risque évalué, une orientation vers la MARAC, ou le fait que l'auteur des violences puisse voir le téléphone de la personne.
referral-urgency-legend = Urgence
referral-urgency-routine = Normale
referral-urgency-soon = Rapide : dans la semaine
referral-urgency-urgent = Urgente : dans un délai d'un jour ouvré
referral-consent-heading = Consentement
referral-consent-label = La personne a accepté cette orientation (ou quelqu'un habilité à donner son accord pour elle l'a fait).
referral-consent-by-legend = Qui a donné son consentement ?
referral-consent-by-client = La personne elle-même
referral-consent-by-parent-or-carer = Un parent ou la personne qui en a la charge (pour un enfant)
referral-consent-by-legal-authority = Une personne légalement habilitée à agir en son nom
referral-consent-on-label = Date à laquelle le consentement a été donné
referral-shares-legend = Le consentement me permet de partager
referral-share-contact-details = les coordonnées de la personne
referral-share-situation = ce qui s'est passé et l'aide nécessaire
referral-share-risk = les informations sur les risques
referral-notes-label = Autres informations utiles pour le service (facultatif)
referral-send = Envoyer l'orientation

## Problèmes dans le formulaire
referral-error-name = Veuillez indiquer un nom que le service peut utiliser pour la personne (100 caractères maximum).
referral-error-method = Veuillez choisir comment le service doit contacter la personne.
referral-error-message = Veuillez indiquer si le service peut laisser un message.
referral-error-urgency = Veuillez indiquer le degré d'urgence de l'orientation.
referral-error-consent = Une orientation nécessite un consentement : veuillez confirmer qu'il a été donné.
referral-error-consent-by = Veuillez indiquer qui a donné son consentement.
referral-error-consent-date = Veuillez indiquer la date à laquelle le consentement a été donné : une date réelle, qui ne soit pas dans le futur.
referral-error-share-contact = Le consentement ne couvre pas les coordonnées : choisissez « Par mon intermédiaire, en tant qu'intervenant social », ou cochez les coordonnées si la personne l'a accepté.
referral-error-share-situation = Le consentement ne couvre pas ce qui s'est passé : laissez l'aide nécessaire vide, ou cochez cette case si la personne l'a accepté.
referral-error-share-risk = Le consentement ne couvre pas les risques : laissez les risques vides, ou cochez cette case si la personne l'a accepté.
referral-error-decline-reason = Veuillez indiquer pourquoi l'orientation est déclinée.

## Statuts et motifs
referral-status-sent = Envoyée
referral-status-received = Reçue
referral-status-accepted = Acceptée
referral-status-contacting = Prise de contact en cours
referral-status-engaged = En contact
referral-status-helped = Aide apportée
referral-status-declined = Déclinée
referral-status-closed = Clôturée
referral-reason-not-eligible = non éligible
referral-reason-no-capacity = capacité d'accueil insuffisante
referral-reason-could-not-contact = impossible d'entrer en contact
referral-reason-no-longer-wanted = la personne ne le souhaite plus

## Pages des intervenants sociaux
staff-nav-referrals = Mes orientations
staff-nav-refer = Orienter une personne
staff-referrals-title = Mes orientations
staff-referrals-new = Orienter une personne
staff-referrals-none = Vous n'avez encore envoyé aucune orientation.
staff-referral-updated = Dernière modification le { $date }
staff-referral-news = Mise à jour depuis votre dernière consultation
staff-referral-find-title = Trouver un service vers lequel orienter
staff-referral-find-label = Mots décrivant le service ou l'aide nécessaire
staff-referral-find-button = Rechercher
staff-referral-find-none = Aucune fiche ne correspond à ces mots. Essayez d'autres mots.
staff-referral-listing = Voir la fiche
staff-referral-refer = Orienter une personne vers ce service
staff-referral-new-title = Orienter une personne vers { $service }
staff-referral-not-receivable = Ce service n'accepte pas encore d'orientations via le portail. Veuillez le contacter comme indiqué sur sa fiche.
staff-referral-heading = Orientation { $reference }
staff-referral-service = Service
staff-referral-referrer = Orientée par
staff-referral-sent = Envoyée
staff-referral-consent = Donné par { $who } le { $date }, pour partager : { $shares }
staff-referral-withdraw = Retirer l'orientation
staff-referral-withdraw-hint = Si la personne n'a plus besoin de ce service, retirez l'orientation : le service en est informé, et l'orientation est clôturée.
staff-referral-from = De { $email }, { $date }
staff-referral-reason-label = Motif, si l'orientation est déclinée
staff-referral-reason-hint = Nécessaire uniquement si vous déclinez l'orientation.

## Boîte de réception des prestataires
staff-inbox-requests = Demandes de contact
staff-inbox-referrals = Orientations
staff-inbox-no-referrals = Aucune orientation pour le moment.
staff-assigned-to = Attribuée à { $email }
staff-assign-heading = Attribuée à
staff-assign-label = Collègue qui s'en occupe
staff-assign-nobody = Personne pour le moment
staff-assign = Attribuer
staff-notes-title = Notes internes
staff-notes-private = Seul votre organisme peut lire ces notes. Ni l'intervenant social ni la personne accompagnée n'y ont accès.
staff-notes-none = Aucune note pour le moment.
staff-note-label = Nouvelle note
staff-note-hint = 2 000 caractères maximum.
staff-note-add = Ajouter la note
staff-note-meta = { $date }, { $email }
staff-error-note-empty = La note est vide. Veuillez écrire quelque chose, ou revenez en arrière.
staff-error-note-long = La note dépasse 2 000 caractères. Veuillez la raccourcir.
staff-back = Retour
staff-timeline-someone = quelqu'un
staff-timeline-assigned = { $date } : { $email } l'a attribuée à { $assignee }
staff-timeline-unassigned = { $date } : { $email } a retiré l'attribution
staff-done-assigned = L'attribution a été enregistrée.
staff-done-note-added = La note a été enregistrée.
staff-done-referral-sent = L'orientation a été envoyée. Vous recevrez un e-mail lorsque le service la mettra à jour.
staff-done-referral-withdrawn = L'orientation a été retirée.

## E-mails : un lien pour se connecter, jamais rien sur la personne
staff-mail-new-referral-subject = Nouvelle orientation
staff-mail-new-referral-body = Un intervenant social a orienté une personne vers l'un des services de votre organisme. Connectez-vous pour lire l'orientation :

    { $link }
staff-mail-referral-update-subject = Une orientation a changé
staff-mail-referral-update-body = Une orientation a été mise à jour. Connectez-vous pour la consulter :

    { $link }
staff-mail-assigned-subject = Un élément vous a été attribué
staff-mail-assigned-body = Un ou une collègue vous a attribué un élément dans la boîte de réception de votre organisme. Connectez-vous pour le consulter :

    { $link }
