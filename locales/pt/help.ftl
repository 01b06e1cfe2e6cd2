home-title = O que aconteceu?
home-lead = Conte o que aconteceu com as suas próprias palavras e mostramos a ajuda mais adequada. Não é obrigatório dizer o seu nome.
describe-label = O que aconteceu? Pode escrever com as suas próprias palavras
describe-hint = Pode escrever em qualquer idioma. O que escrever não fica guardado.
describe-counter = Ainda pode escrever { $remaining } caracteres.
describe-submit = Procurar ajuda
describe-privacy = Só usamos o que escreve para sugerir ajuda. Não fica guardado e não aparece no histórico do seu navegador.
home-situations = Ou escolha a sua situação
home-needs = Do que precisa?
home-not-your-fault-title = A culpa não é sua
home-not-your-fault = O que quer que tenha acontecido, você merece que acreditem em você e merece apoio. Pode receber ajuda mesmo que não denuncie à polícia, e seja qual for a sua situação migratória.
home-safety-link = Como usar este site com segurança

results-page-title = Informações
results-title = Ajuda que pode ser útil
results-lead = Estes serviços podem ajudar com o que descreveu. Você escolhe com quem quer falar.
results-none = Não encontramos um serviço para o que escreveu. Tente dizer de outra forma, ou escolha na lista abaixo.
results-situations = Isto pode ter a ver com
results-services = Serviços que podem ajudar
results-refine = Mudar o que escreveu


topic-not-your-fault = A culpa não é sua. Pode receber ajuda mesmo que não denuncie à polícia.
topic-services = Serviços que podem ajudar
topic-service-count = { $count ->
    [0] Nenhum serviço corresponde a estas escolhas. Tente uma área maior.
    [one] 1 serviço
    [many] { $count } de serviços
   *[other] { $count } serviços
}
filters-submit = Mostrar serviços
borough-label = Onde mora? (opcional)
borough-any = Em qualquer parte de Londres, ou prefiro não dizer
group-label = Serviços para (opcional)
group-any = Todas as pessoas
results-needs = Outras coisas de que pode precisar
