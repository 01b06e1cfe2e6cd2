home-title = Ne oldu?
home-lead = Kendi sözlerinizle anlatın, size uygun yardımı gösterelim. Adınızı vermek zorunda değilsiniz.
describe-label = Ne oldu? Kendi sözlerinizle yazabilirsiniz
describe-hint = İstediğiniz dilde yazabilirsiniz. Yazdıklarınız saklanmaz.
describe-counter = { $remaining } karakter daha yazabilirsiniz.
describe-submit = Yardım bulun
describe-privacy = Yazdıklarınızı yalnızca size yardım önermek için kullanırız. Yazdıklarınız kaydedilmez ve tarayıcı geçmişinizde görünmez.
home-situations = Ya da ne yaşadığınızı seçin
home-needs = Neye ihtiyacınız var?
home-not-your-fault-title = Bu sizin suçunuz değil
home-not-your-fault = Ne olursa olsun, size inanılmayı ve destek görmeyi hak ediyorsunuz. Polise bildirseniz de bildirmeseniz de, göçmenlik durumunuz ne olursa olsun yardım alabilirsiniz.
home-safety-link = Bu siteyi güvenle nasıl kullanabilirsiniz

results-page-title = Bilgi
results-title = Size uygun olabilecek yardım
results-lead = Bu hizmetler anlattıklarınızla ilgili size yardımcı olabilir. Kiminle iletişime geçeceğinize siz karar verirsiniz.
results-none = Yazdıklarınıza uyan bir hizmet bulamadık. Farklı bir şekilde anlatmayı deneyin ya da aşağıdaki listeden seçin.
results-situations = Şunlarla ilgili olabilir
results-services = Yardımcı olabilecek hizmetler
results-refine = Yazdıklarınızı değiştirin


topic-not-your-fault = Bu sizin suçunuz değil. Polise bildirseniz de bildirmeseniz de yardım alabilirsiniz.
topic-services = Yardım edebilecek hizmetler
topic-service-count = { $count ->
    [0] Bu seçimlere uyan hizmet yok. Daha geniş bir bölge deneyin.
    [one] 1 hizmet
   *[other] { $count } hizmet
}
filters-submit = Hizmetleri göster
borough-label = Nerede yaşıyorsunuz? (isteğe bağlı)
borough-any = Londra'nın herhangi bir yeri ya da söylemek istemiyorum
group-label = Hizmet kimin için? (isteğe bağlı)
group-any = Herkes
results-needs = Şunlara da ihtiyacınız olabilir
