extension DocBookWriter {
    func writeIntroduction(in article: XMLTreeElement) {
        section(in: article, id: "einleitung", title: "Einleitung", label: nextSectionNumber()) { section in
            for paragraph in paper.introduction { para(paragraph, in: section) }
        }
    }

    /// Always present, as in the HTML paper, so that section numbers agree.
    func writeGoals(in article: XMLTreeElement) {
        section(in: article, id: "ziele", title: "Ziele", label: nextSectionNumber()) { section in
            guard !paper.goals.isEmpty else {
                para("Für diese Ausgabe sind keine Ziele festgelegt.", in: section)
                return
            }
            for (index, chunk) in Self.chunks(paper.goals).enumerated() {
                let list = section.add("orderedlist")
                if index > 0 { list.set("continuation", "continues") }
                for goal in chunk { para(goal, in: list.add("listitem")) }
            }
        }
    }

    /// The diagram as a reference to the SVG file beside the XML (DocBook XSL
    /// drops SVG inlined in `imagedata`), scaled to the text width, with the
    /// description as its text alternative.
    func writeSchaubild(in article: XMLTreeElement) {
        section(in: article, id: "schaubild", title: "Schaubild", label: nextSectionNumber()) { section in
            para(paper.schaubild.description, in: section)
            let media = section.add("mediaobject")
            anchor(ids.claim("schaubild-grafik"), on: media)
            media.add("imageobject").add("imagedata")
                .set("fileref", svgFileName).set("format", "SVG").set("width", "100%").set("scalefit", "1")
            media.add("textobject").add("phrase", paper.schaubild.description)
            para(paper.schaubild.caption, in: media.add("caption"))
        }
    }
}
