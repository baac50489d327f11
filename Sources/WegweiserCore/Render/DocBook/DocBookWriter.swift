/// Lays a paper out as a DocBook 5.0 `article`, section by section in the
/// order and with the numbering of the HTML paper (the title page is 1, so
/// "Abschnitt 6" in the Schaubild text means the Schnittstellen in both).
/// The section files (`DocBookWriter+Matrix.swift` …) each write one part;
/// this file holds what they share: ids, sections and lists.
final class DocBookWriter {
    /// The most children one element gets. libxml2's RELAX NG validation is
    /// quadratic in the number of children of one element; above this,
    /// lists, tables and runs of sections are split into several.
    static let maxChildren = 2_000

    let paper: Paper
    let svgFileName: String
    let tree = XMLTree(rootName: "article")
    var ids = DocBookIDs()
    /// `xml:id` of each institution's section, by institution id.
    var institutionAnchors: [String: String] = [:]
    /// `xml:id` of each handover's section, by number ("S3").
    var handoverAnchors: [String: String] = [:]
    /// `xml:id` of each task's explanation after the matrix, by task id
    /// (only tasks that have one).
    var taskAnchors: [String: String] = [:]
    /// The ids already set on an element: each is set once, even if the
    /// paper should name one thing twice.
    private var placed: Set<String> = []
    private var sectionNumber = 1

    init(paper: Paper, svgFileName: String) {
        self.paper = paper
        self.svgFileName = svgFileName
    }

    /// Builds the whole article and returns the tree holding it.
    func write() -> XMLTree {
        let article = tree.root
        article.set("version", "5.0")
        article.setLanguage("de")
        claimAnchors()
        writeInfo(in: article)
        writeIntroduction(in: article)
        writeGoals(in: article)
        writeSchaubild(in: article)
        writeMatrix(in: article)
        writeHandovers(in: article)
        writeInstitutions(in: article)
        writeOffersBodiesAndMunicipalities(in: article)
        writeDirectory(in: article)
        writeCoverage(in: article)
        writeChanges(in: article)
        writeGlossary(in: article)
        return tree
    }

    /// Ids of the things other parts link to, claimed before anything is
    /// written so that every link can check its target exists.
    private func claimAnchors() {
        for fixed in ["einleitung", "ziele", "schaubild", "matrix", "schnittstellen", "stellen", "angebote", "kontakte",
                      "abdeckung", "aenderungen", "abkuerzungen"] {
            _ = ids.claim(fixed)
        }
        for handover in paper.handovers {
            handoverAnchors[handover.number] = ids.claim(PaperAnchor.handover(handover.id))
        }
        for institution in paper.institutions where institutionAnchors[institution.id] == nil {
            institutionAnchors[institution.id] = ids.claim(PaperAnchor.institution(institution.id))
        }
        for group in paper.matrix.groups {
            for task in group.rows where Self.hasDetails(task) && taskAnchors[task.taskID] == nil {
                taskAnchors[task.taskID] = ids.claim(PaperAnchor.task(task.taskID))
            }
        }
    }

    /// Sets `xml:id` on `element`, unless no id is given or it is already in use.
    func anchor(_ id: String?, on element: XMLTreeElement) {
        guard let id, placed.insert(id).inserted else { return }
        element.setID(id)
    }

    /// The next top-level section number, as in the HTML paper.
    func nextSectionNumber() -> String {
        sectionNumber += 1
        return "\(sectionNumber)"
    }

    // MARK: - Building blocks

    /// Consecutive slices of at most `maxChildren` items; none for no items.
    static func chunks<Item>(_ items: [Item]) -> [ArraySlice<Item>] {
        stride(from: 0, to: items.count, by: maxChildren).map { items[$0..<min($0 + maxChildren, items.count)] }
    }

    /// A `section` with title; `body` fills it. A section must hold at least
    /// one block, so an empty one gets a sentence saying so. A `revision`
    /// (with `--since`) sets `revisionflag` and opens the section with a
    /// sentence saying what is new or changed.
    @discardableResult
    func section(
        in parent: XMLTreeElement, id: String? = nil, title: String, label: String? = nil,
        revision: Paper.Revision? = nil, _ body: (XMLTreeElement) -> Void
    ) -> XMLTreeElement {
        let section = parent.add("section")
        anchor(id, on: section)
        if let label { section.set("label", label) }
        if let revision { section.set("revisionflag", revision.rawValue) }
        section.add("title", title)
        if let revision { revisionNote(revision, in: section) }
        body(section)
        if section.elementCount == 1 { section.add("para", "Keine Angaben.") }
        return section
    }

    /// Runs of many sections (one per institution, offer …) are grouped into
    /// sections of at most `maxChildren` ("Teil 1 von 3"); usually there is
    /// one run and no grouping at all.
    func sections<Item>(in parent: XMLTreeElement, _ items: [Item], _ write: (Item, XMLTreeElement) -> Void) {
        let chunks = Self.chunks(items)
        guard chunks.count > 1 else {
            for item in items { write(item, parent) }
            return
        }
        for (index, chunk) in chunks.enumerated() {
            section(in: parent, title: "Teil \(index + 1) von \(chunks.count)") { group in
                for item in chunk { write(item, group) }
            }
        }
    }

    /// "Neu gegenüber Version 1.0 vom 01.03.2026." in bold, at the top of a
    /// marked section: DocBook XSL does not show `revisionflag` by itself.
    func revisionNote(_ revision: Paper.Revision, in parent: XMLTreeElement) {
        let since = paper.changes?.since ?? "der früheren Fassung"
        parent.add("para").add("emphasis", revision.note(since: since)).set("role", "strong")
    }

    /// A paragraph of plain text.
    @discardableResult
    func para(_ text: String, in parent: XMLTreeElement) -> XMLTreeElement {
        parent.add("para", text)
    }

    /// An `itemizedlist` (or several, for very long lists) with an optional title.
    func itemizedList<Item>(
        in parent: XMLTreeElement, title: String? = nil, _ items: [Item], _ write: (Item, XMLTreeElement) -> Void
    ) {
        for (index, chunk) in Self.chunks(items).enumerated() {
            let list = parent.add("itemizedlist")
            if index == 0, let title { list.add("title", title) }
            for item in chunk { write(item, list.add("listitem")) }
        }
    }

    /// An `itemizedlist` of plain-text items.
    func itemizedList(in parent: XMLTreeElement, title: String? = nil, _ items: [String]) {
        itemizedList(in: parent, title: title, items) { item, listItem in self.para(item, in: listItem) }
    }

    /// One entry of a `facts` list: the term, and what fills its `listitem`.
    typealias Fact = (term: String, fill: (XMLTreeElement) -> Void)

    /// A `variablelist` of short facts (term → description); with no
    /// entries there is no list (an empty one would be invalid).
    /// The terms get one width everywhere ("Rechtsgrundlage" fits), so that
    /// the facts of all sections line up in print.
    func facts(in parent: XMLTreeElement, title: String? = nil, _ facts: [Fact]) {
        variableList(in: parent, title: title, termWidth: "9em", facts) { fact, item in fact.fill(item) } term: { $0.term }
    }

    /// A fact whose description is one paragraph of text.
    func fact(_ term: String, _ text: String) -> Fact {
        (term, { self.para(text, in: $0) })
    }

    /// A fact whose description is a web link.
    func webFact(_ term: String, _ url: String) -> Fact {
        (term, { self.webLink(url, in: $0.add("para")) })
    }

    /// A `variablelist` (or several, for very long ones); `term` names each
    /// entry, `write` fills its `listitem`. Lists whose descriptions need the
    /// full width (long e-mail addresses, long terms) set `blocks`: DocBook
    /// XSL then prints the term above its description instead of beside it.
    /// `termWidth` overrides DocBook XSL's estimate, which is too narrow for
    /// very short terms.
    func variableList<Item>(
        in parent: XMLTreeElement, title: String? = nil, blocks: Bool = false, termWidth: String? = nil, _ items: [Item],
        _ write: (Item, XMLTreeElement) -> Void, term: (Item) -> String
    ) {
        variableList(in: parent, title: title, blocks: blocks, termWidth: termWidth, items, write) { item, element in
            element.text(term(item))
        }
    }

    /// As above, with `term` filling the `term` element (for links in terms)
    /// and `id` naming an entry's `xml:id`.
    func variableList<Item>(
        in parent: XMLTreeElement, title: String? = nil, blocks: Bool = false, termWidth: String? = nil, _ items: [Item],
        id: (Item) -> String? = { _ in nil }, _ write: (Item, XMLTreeElement) -> Void,
        term: (Item, XMLTreeElement) -> Void
    ) {
        for (index, chunk) in Self.chunks(items).enumerated() {
            let list = parent.add("variablelist")
            if blocks { list.processingInstruction("dbfo", "list-presentation=\"blocks\"") }
            if let termWidth { list.processingInstruction("dbfo", "term-width=\"\(termWidth)\"") }
            if index == 0, let title { list.add("title", title) }
            for item in chunk {
                let entry = list.add("varlistentry")
                anchor(id(item), on: entry)
                term(item, entry.add("term"))
                write(item, entry.add("listitem"))
            }
        }
    }

    /// A web address as a link when it is http(s) (validation allows nothing
    /// else; this keeps any other scheme out of `xlink:href` regardless).
    func webLink(_ url: String, in parent: XMLTreeElement, element: String = "link") {
        let lowered = url.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            parent.add(element, url).setLink(url)
        } else {
            parent.text(url)
        }
    }

    /// "S3 an Jobcenter: …" with the number linked to the handover's section.
    func handoverReference(_ text: String, in parent: XMLTreeElement) {
        let number = String(text.prefix { $0 != " " })
        if let anchor = handoverAnchors[number], ids.contains(anchor), text.count > number.count {
            parent.add("link", number).set("linkend", anchor)
            parent.text(String(text.dropFirst(number.count)))
        } else {
            parent.text(text)
        }
    }
}
