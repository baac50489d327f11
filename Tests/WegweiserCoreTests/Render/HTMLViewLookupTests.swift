import Foundation
import Mustache
import Testing

@testable import WegweiserCore

/// The views that answer Mustache's lookups themselves must answer every
/// property they have, or a template would silently see nothing.
struct HTMLViewLookupTests {
    static let cell = HTMLView.CellView(
        code: "F", label: "federführend", css: "lead", column: "Jobcenter", changeNote: nil, tooltip: "Jobcenter: federführend")
    static let row = HTMLView.RowView(
        anchor: "aufgabe-x", title: "Titel", legalBasis: nil, targetGroups: "Geflüchtete", note: nil, cells: [cell], cellsHTML: HTMLView.cellsHTML([cell]), gap: nil,
        rowClass: nil, revision: nil)

    @Test(arguments: ["row", "cell"])
    func everyPropertyIsAnswered(kind: String) {
        let view: MustacheParent = kind == "row" ? Self.row : Self.cell
        for case let (name?, value) in Mirror(reflecting: view).children {
            // The mirror's value, an optional unwrapped as swift-mustache does.
            let mirrored: Any? = Mirror(reflecting: value).displayStyle == .optional ? Mirror(reflecting: value).children.first?.value : value
            let answer = view.child(named: name)
            #expect(answer.map { String(describing: $0) } == mirrored.map { String(describing: $0) }, "\(type(of: view)).\(name)")
        }
        #expect(view.child(named: "nichtDa") == nil)
    }

    @Test func aMissingOptionalIsLookedUpFurtherOutAsWithTheMirror() throws {
        let template = try MustacheTemplate(string: "{{#cells}}[{{code}}{{#changeNote}} {{.}}{{/changeNote}}]{{/cells}}")
        let outer: [String: Any] = ["changeNote": "von außen", "cells": [Self.cell]]
        #expect(template.render(outer) == "[F von außen]")
    }
}

/// The generated lookups are what the script writes from the views as they are now.
struct HTMLViewLookupFreshnessTests {
    @Test func theGeneratedLookupsMatchTheViews() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [root.appendingPathComponent("scripts/generate-view-lookups").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run scripts/generate-view-lookups after changing a view (HTMLView.swift, Paper.swift, ExtractView.swift, Extract.swift)")
    }
}
