extension DocBookWriter {
    /// "Abdeckung": the five figures as a small table, then one titled list
    /// per figure above zero, each entry linked to its place in the paper
    /// where it has one.
    func writeCoverage(in article: XMLTreeElement) {
        let coverage = paper.coverage
        section(in: article, id: "abdeckung", title: "Abdeckung", label: nextSectionNumber()) { section in
            for paragraph in coverage.introduction { para(paragraph, in: section) }
            let table = section.add("table").set("frame", "topbot")
            table.add("title", "Abdeckung in Zahlen")
            let group = table.add("tgroup").set("cols", "2").set("rowsep", "1")
            group.add("colspec").set("colname", "pruefpunkt").set("colwidth", "5*")
            group.add("colspec").set("colname", "anzahl").set("colwidth", "1*").set("align", "right")
            let head = group.add("thead").add("row")
            head.add("entry", "Prüfpunkt")
            head.add("entry", "Anzahl")
            let body = group.add("tbody")
            for figure in coverage.figures {
                let row = body.add("row")
                row.add("entry", figure.label)
                row.add("entry", "\(figure.count)")
            }
            for group in coverage.groups {
                itemizedList(in: section, title: group.title, group.items) { item, listItem in
                    self.coverageItem(item, in: listItem.add("para"))
                }
            }
        }
    }

    /// The entry's text, linked to its section when the paper has one.
    private func coverageItem(_ item: Paper.CoverageSection.Item, in para: XMLTreeElement) {
        let target: String? = switch item.reference {
        case .task(let id): taskAnchors[id]
        case .institution(let id): institutionAnchors[id]
        case .handover(let number, _): handoverAnchors[number]
        case nil: nil
        }
        if let target, ids.contains(target) {
            para.add("link", item.text).set("linkend", target)
        } else {
            para.text(item.text)
        }
    }
}
