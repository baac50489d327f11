/// A small note over the paper when the files have warnings only: the paper
/// is shown, and the warnings are one click away at `/diagnostics`.
enum WarningBanner {
    static func html(warnings: Int) -> String {
        guard warnings > 0 else { return "" }
        let text = ProblemsPage.counts(errors: 0, warnings: warnings)
        return """
            <p id="wegweiser-serve-warnings" style="position:fixed;right:1rem;bottom:1rem;margin:0;padding:.4rem .7rem;\
            background:#fffbea;border:1px solid #b7791f;border-radius:.3rem;font:14px sans-serif;z-index:10">\
            <a href="/diagnostics">\(text)</a></p>

            """
    }
}
