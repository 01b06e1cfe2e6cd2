# Encaminhamentos feitos por gestores de casos, e o que os pedidos de ajuda e os encaminhamentos partilham na caixa de entrada de um prestador de serviços:
# atribuição, notas internas, histórico e os e-mails sobre eles (nunca nada pessoal).

## O formulário de encaminhamento
referral-client-heading = A pessoa encaminhada
referral-name-label = Um nome que o serviço possa usar para a pessoa
referral-name-hint = Basta o primeiro nome, as iniciais ou um pseudónimo.
referral-method-legend = Como deve o serviço contactar a pessoa?
referral-method-phone = Chamada telefónica
referral-method-text = Mensagem de texto
referral-method-email = E-mail
referral-method-none = Através de mim, gestor(a) de casos
referral-detail-label = O número de telefone ou o endereço de e-mail da pessoa
referral-safe-times-label = Quando é seguro contactar a pessoa? (opcional)
referral-message-legend = O serviço pode deixar uma mensagem?
referral-message-yes = Sim, pode deixar uma mensagem
referral-message-no = Não, nunca deixar mensagem
referral-language-label = O idioma da pessoa
referral-interpreter-label = Precisa de intérprete (indique o idioma, se não for um destes)
referral-need-heading = De que precisa a pessoa
referral-help-label = De que ajuda precisa a pessoa?
referral-risk-label = Riscos que o serviço deve conhecer
referral-risk-hint = Por exemplo, o nível da avaliação de risco, um encaminhamento para a MARAC, ou se quem lhe faz mal consegue ver o telefone da pessoa.
referral-urgency-legend = Urgência
referral-urgency-routine = Normal
referral-urgency-soon = Em breve: no prazo de uma semana
referral-urgency-urgent = Urgente: no prazo de um dia útil
referral-consent-heading = Consentimento
referral-consent-label = A pessoa concordou com este encaminhamento (ou concordou alguém que o pode fazer por ela).
referral-consent-by-legend = Quem deu o consentimento?
referral-consent-by-client = A própria pessoa
referral-consent-by-parent-or-carer = O pai, a mãe ou um(a) cuidador(a) (no caso de uma criança)
referral-consent-by-legal-authority = Alguém com autoridade legal para agir em nome da pessoa
referral-consent-on-label = Data em que o consentimento foi dado
referral-shares-legend = O consentimento permite-me partilhar
referral-share-contact-details = os contactos da pessoa
referral-share-situation = o que aconteceu e a ajuda necessária
referral-share-risk = informações sobre riscos
referral-notes-label = Mais alguma coisa que o serviço deva saber (opcional)
referral-send = Enviar o encaminhamento

## Problemas no formulário
referral-error-name = Indique um nome que o serviço possa usar para a pessoa (100 caracteres no máximo).
referral-error-method = Escolha como o serviço deve contactar a pessoa.
referral-error-message = Indique se o serviço pode deixar uma mensagem.
referral-error-urgency = Escolha o grau de urgência do encaminhamento.
referral-error-consent = Um encaminhamento precisa de consentimento: confirme que foi dado.
referral-error-consent-by = Indique quem deu o consentimento.
referral-error-consent-date = Indique a data em que o consentimento foi dado: tem de ser uma data real e não pode ser futura.
referral-error-share-contact = O consentimento não abrange os contactos: escolha “Através de mim, gestor(a) de casos”, ou assinale os contactos se a pessoa concordou.
referral-error-share-situation = O consentimento não abrange o que aconteceu: deixe vazio o campo da ajuda necessária, ou assinale esta opção se a pessoa concordou.
referral-error-share-risk = O consentimento não abrange os riscos: deixe vazio o campo dos riscos, ou assinale esta opção se a pessoa concordou.
referral-error-decline-reason = Escolha o motivo pelo qual o encaminhamento é recusado.

## Estados e motivos
referral-status-sent = Enviado
referral-status-received = Recebido
referral-status-accepted = Aceite
referral-status-contacting = A tentar contactar
referral-status-engaged = Em contacto
referral-status-helped = Ajuda prestada
referral-status-declined = Recusado
referral-status-closed = Encerrado
referral-reason-not-eligible = não elegível
referral-reason-no-capacity = sem vagas
referral-reason-could-not-contact = não foi possível estabelecer contacto
referral-reason-no-longer-wanted = já não é pretendido

## Páginas dos gestores de casos
staff-nav-referrals = Os meus encaminhamentos
staff-nav-refer = Encaminhar uma pessoa
staff-referrals-title = Os meus encaminhamentos
staff-referrals-new = Encaminhar uma pessoa
staff-referrals-none = Ainda não enviou nenhum encaminhamento.
staff-referral-updated = Última alteração: { $date }
staff-referral-news = Atualizado desde a sua última visita
staff-referral-find-title = Encontrar um serviço para onde encaminhar
staff-referral-find-label = Palavras sobre o serviço ou sobre a ajuda necessária
staff-referral-find-button = Pesquisar
staff-referral-find-none = Nenhuma ficha corresponde a estas palavras. Experimente outras palavras.
staff-referral-listing = Ver a ficha
staff-referral-refer = Encaminhar uma pessoa para este serviço
staff-referral-new-title = Encaminhar uma pessoa para { $service }
staff-referral-not-receivable = Este serviço ainda não recebe encaminhamentos através do portal. Contacte-o da forma indicada na sua ficha.
staff-referral-heading = Encaminhamento { $reference }
staff-referral-service = Serviço
staff-referral-referrer = Encaminhado por
staff-referral-sent = Enviado
staff-referral-consent = Dado por { $who } em { $date }, para partilhar: { $shares }
staff-referral-withdraw = Retirar o encaminhamento
staff-referral-withdraw-hint = Se a pessoa já não precisar deste serviço, retire o encaminhamento: o serviço é avisado e o encaminhamento é encerrado.
staff-referral-from = De { $email }, { $date }
staff-referral-reason-label = Motivo, se for recusado
staff-referral-reason-hint = Só é necessário se recusar o encaminhamento.

## Caixa de entrada dos prestadores de serviços
staff-inbox-requests = Pedidos de ajuda
staff-inbox-referrals = Encaminhamentos
staff-inbox-no-referrals = Ainda não há encaminhamentos.
staff-assigned-to = Atribuído a { $email }
staff-assign-heading = Atribuído a
staff-assign-label = Colega responsável
staff-assign-nobody = Ainda ninguém
staff-assign = Atribuir
staff-notes-title = Notas internas
staff-notes-private = Só a sua organização pode ler estas notas. O(a) gestor(a) de casos e a pessoa não as podem ler.
staff-notes-none = Ainda não há notas.
staff-note-label = Nova nota
staff-note-hint = 2000 caracteres no máximo.
staff-note-add = Adicionar a nota
staff-note-meta = { $date }, { $email }
staff-error-note-empty = A nota está vazia. Escreva alguma coisa ou volte atrás.
staff-error-note-long = A nota tem mais de 2000 caracteres. Encurte-a.
staff-back = Voltar
staff-timeline-someone = alguém
staff-timeline-assigned = { $date }: { $email } atribuiu-o a { $assignee }
staff-timeline-unassigned = { $date }: { $email } retirou a atribuição
staff-done-assigned = A atribuição foi guardada.
staff-done-note-added = A nota foi guardada.
staff-done-referral-sent = O encaminhamento foi enviado. Vai receber um e-mail quando o serviço o atualizar.
staff-done-referral-withdrawn = O encaminhamento foi retirado.

## E-mails: um link para entrar, nunca nada sobre a pessoa
staff-mail-new-referral-subject = Novo encaminhamento
staff-mail-new-referral-body = Um(a) gestor(a) de casos encaminhou uma pessoa para um dos serviços da sua organização. Entre na sua conta para ler o encaminhamento:

    { $link }
staff-mail-referral-update-subject = Um encaminhamento foi alterado
staff-mail-referral-update-body = Há uma atualização num encaminhamento. Entre na sua conta para a ver:

    { $link }
staff-mail-assigned-subject = Foi-lhe atribuído um item
staff-mail-assigned-body = Um(a) colega atribuiu-lhe um item na caixa de entrada da sua organização. Entre na sua conta para o ver:

    { $link }
