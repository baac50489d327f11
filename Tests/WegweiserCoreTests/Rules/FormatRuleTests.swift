import Testing
@testable import WegweiserCore

/// Values with a fixed form: dates, e-mail addresses, phone numbers, web addresses.
@Suite struct FormatRuleTests {
    // MARK: invalid-date

    @Test func aDayThatDoesNotExist() throws {
        let district = Fixture.district.replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-02-30")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["invalid-date district.yaml:9:11"])
        let diagnostic = try report.first(.invalidDate)
        #expect(diagnostic.message == "'2026-02-30' is not a valid date")
        #expect(diagnostic.hint == "write dates as YYYY-MM-DD, e.g. 2026-03-01")
    }

    @Test func aGermanStyleDate() throws {
        let institutions = Fixture.institutions.replacingOccurrences(of: "verified: 2026-01-10", with: "verified: 10.01.2026")
        let report = try Fixture(["institutions.yaml": institutions]).run()
        #expect(report.findings == ["invalid-date institutions.yaml:16:19"])
        #expect(try report.first(.invalidDate).message == "'10.01.2026' is not a valid date")
    }

    // MARK: invalid-email, invalid-phone, invalid-url

    @Test func everyChannelIsChecked() throws {
        let yaml = """
            institutions:
              - id: beratung
                name: Beratungsstelle
                functions: [migrationsberatung]
                web: javascript:alert(1)
                contacts:
                  - function: Beratung
                    email: beratung@localhost
                    phone: "12 34"
                    web: ftp://beratung.example/
                  - function: Leitung
                    email: leitung @beratung.example
                    phone: "+49 (0)341 12-34 App. 5"
                    web: https://
                    person:
                      email: erika@@beratung.example
                      phone: "0341+1234567"
            offers:
              - id: kurs
                title: Kurs
                provider: beratung
                web: data:text/html,hallo
            bodies:
              - id: netzwerk
                name: Netzwerk
                members: [beratung]
                web: www.netzwerk.example
            """
        let report = try Fixture(["partner.yaml": yaml]).run()
        #expect(report.findings == [
            "invalid-url partner.yaml:5:10",
            "invalid-email partner.yaml:8:16",
            "invalid-phone partner.yaml:9:16",
            "invalid-url partner.yaml:10:14",
            "invalid-email partner.yaml:12:16",
            "invalid-phone partner.yaml:13:16",
            "invalid-url partner.yaml:14:14",
            "invalid-email partner.yaml:16:18",
            "invalid-phone partner.yaml:17:18",
            "invalid-url partner.yaml:22:10",
            "invalid-url partner.yaml:27:10",
        ])
        #expect(report.diagnostics.map(\.message) == [
            "'javascript:alert(1)' is not a valid web address: 'javascript:' addresses are not allowed, only http and https",
            "'beratung@localhost' is not a valid e-mail address: the part after '@' is not a domain like example.org",
            "'12 34' is not a valid phone number: it has fewer than five digits",
            "'ftp://beratung.example/' is not a valid web address: 'ftp:' addresses are not allowed, only http and https",
            "'leitung @beratung.example' is not a valid e-mail address: it contains a space",
            "'+49 (0)341 12-34 App. 5' is not a valid phone number: 'A' is not allowed; use digits, spaces and + - / ( )",
            "'https://' is not a valid web address: it has no valid host name",
            "'erika@@beratung.example' is not a valid e-mail address: it has more than one '@'",
            "'0341+1234567' is not a valid phone number: '+' may only stand at the beginning",
            "'data:text/html,hallo' is not a valid web address: 'data:' addresses are not allowed, only http and https",
            "'www.netzwerk.example' is not a valid web address: it does not start with https:// or http://",
        ])
        #expect(try report.first(.invalidPhone).hint == "write it like \"+49 341 123-4567\", in quotes")
        #expect(try report.first(.invalidEmail).hint == nil)
        #expect(try report.first(.invalidURL).hint == nil)
    }

    @Test func aMunicipalityContactIsCheckedToo() throws {
        let district = Fixture.district.replacingOccurrences(
            of: "email: buergerbuero@teststadt.example", with: "email: buergerbuero(at)teststadt.example")
        let report = try Fixture(["district.yaml": district]).run()
        #expect(report.findings == ["invalid-email district.yaml:15:46"])
        #expect(try report.first(.invalidEmail).message == "'buergerbuero(at)teststadt.example' is not a valid e-mail address: it has no '@'")
    }

    // MARK: Formats

    @Test(arguments: [
        "info@jobcenter-meissen.example", "a.b+c@x.de", "info@müritz.de", "x@sub.domain.example",
    ])
    func validEmailAddresses(_ value: String) {
        #expect(Formats.emailProblem(value) == nil)
    }

    @Test func invalidEmailAddresses() {
        #expect(Formats.emailProblem("info") == "it has no '@'")
        #expect(Formats.emailProblem("a@b@c.de") == "it has more than one '@'")
        #expect(Formats.emailProblem("@x.de") == "nothing stands before the '@'")
        #expect(Formats.emailProblem("a b@x.de") == "it contains a space")
        #expect(Formats.emailProblem("<a>@x.de") == "it contains a character not allowed in an address")
        #expect(Formats.emailProblem("a@x") == "the part after '@' is not a domain like example.org")
        #expect(Formats.emailProblem("a@x..de") == "the part after '@' is not a domain like example.org")
        #expect(Formats.emailProblem("a@-x.de") == "the part after '@' is not a domain like example.org")
        #expect(Formats.emailProblem("a@x_y.de") == "the part after '@' is not a domain like example.org")
        #expect(Formats.emailProblem("a@10.0.0.1") == "the part after '@' is not a domain like example.org")
    }

    @Test(arguments: ["+49 341 123-4567", "(0341) 123 456", "0341/12345", "+49 (0)3521 725-0", "12345"])
    func validPhoneNumbers(_ value: String) {
        #expect(Formats.phoneProblem(value) == nil)
    }

    @Test func invalidPhoneNumbers() {
        #expect(Formats.phoneProblem("1234") == "it has fewer than five digits")
        #expect(Formats.phoneProblem("+49 341 123 ext 4") == "'e' is not allowed; use digits, spaces and + - / ( )")
        #expect(Formats.phoneProblem("0341 + 123456") == "'+' may only stand at the beginning")
        #expect(Formats.phoneProblem("٠٣٤١ ١٢٣٤٥") == "'٠' is not allowed; use digits, spaces and + - / ( )")
    }

    @Test(arguments: [
        "https://www.landkreis-meissen.example/asyl?x=1#a", "http://jobcenter.example", "HTTPS://A.DE",
        "https://localhost", "https://www.müritz.de/", "https://x.example:8443/pfad",
    ])
    func validURLs(_ value: String) {
        #expect(Formats.urlProblem(value) == nil)
    }

    @Test func invalidURLs() {
        #expect(Formats.urlProblem("javascript:alert(1)") == "'javascript:' addresses are not allowed, only http and https")
        #expect(Formats.urlProblem("JavaScript:alert(1)") == "'javascript:' addresses are not allowed, only http and https")
        #expect(Formats.urlProblem("data:text/html;base64,PHNjcmlwdD4=") == "'data:' addresses are not allowed, only http and https")
        #expect(Formats.urlProblem("ftp://x.example") == "'ftp:' addresses are not allowed, only http and https")
        #expect(Formats.urlProblem("mailto:info@x.example") == "'mailto:' addresses are not allowed, only http and https")
        #expect(Formats.urlProblem("www.x.example") == "it does not start with https:// or http://")
        #expect(Formats.urlProblem("//x.example") == "it does not start with https:// or http://")
        #expect(Formats.urlProblem("https://") == "it has no valid host name")
        #expect(Formats.urlProblem("https:///pfad") == "it has no valid host name")
        #expect(Formats.urlProblem("https://intranet/") == "it has no valid host name")
        #expect(Formats.urlProblem("https://x.example/a b") == "it contains a space")
    }
}
