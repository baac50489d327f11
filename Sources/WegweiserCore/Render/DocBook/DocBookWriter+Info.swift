extension DocBookWriter {
    /// The title page: DocBook XSL shows title, subtitle, releaseinfo,
    /// legalnotice, pubdate and abstract on an article's title page, but not
    /// `publisher`, so the publisher is also named in the abstract, and the
    /// edition and version go into `releaseinfo`, where a reader sees them.
    func writeInfo(in article: XMLTreeElement) {
        let meta = paper.meta
        let info = article.add("info")
        info.add("title", meta.title)
        info.add("subtitle", meta.subtitle)
        var release = [meta.editionLabel]
        if let version = meta.version { release.append("Version \(version)") }
        if let date = meta.date { release.append("Stand \(date)") }
        info.add("releaseinfo", release.joined(separator: " · "))
        if let version = meta.version { info.add("edition", version) }
        if let isoDate = meta.isoDate { info.add("pubdate", isoDate) }
        if let publisher = meta.publisher { info.add("publisher").add("publishername", publisher) }

        let abstract = info.add("abstract")
        para(meta.setup, in: abstract)
        if let publisher = meta.publisher { para("Herausgeber: \(publisher)", in: abstract) }

        let notice = info.add("legalnotice")
        switch meta.edition {
        case .internal:
            para(
                "Zur autorisierten Weitergabe. Diese Ausgabe enthält persönliche Kontaktdaten; bitte nur an die beteiligten Stellen weitergeben.",
                in: notice)
        case .public:
            para("Öffentliche Ausgabe: ohne persönliche Kontaktdaten.", in: notice)
        }
        para(meta.provenance, in: notice)
    }
}
