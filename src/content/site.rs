//! Wording around the journey (header, start page, buttons), from `site.toml`.

pub use super::schema::site::*;

impl HelpNowLine {
    /// The number to call: its own, or its directory entry's.
    pub fn number(&self) -> Option<&str> {
        self.phone.as_deref().or_else(|| {
            let entry = crate::content::directory::directory().find(self.entry.as_deref()?)?;
            entry.phone.as_deref()
        })
    }

    /// The text split around each `{phone}`: text, number, text, number, text.
    pub fn parts(&self) -> Vec<&str> {
        self.text.split("{phone}").collect()
    }

    /// The line as a reader sees it.
    pub fn filled(&self) -> String {
        self.text
            .replace("{phone}", self.number().unwrap_or_default())
    }
}

impl HelpNowText {
    /// The lines for this carer: `None` when the page does not know their age.
    pub fn lines(&self, young: Option<bool>) -> impl Iterator<Item = &HelpNowLine> {
        self.line
            .iter()
            .filter(move |line| !line.young || young != Some(false))
    }
}

pub fn site() -> &'static Site {
    &super::bundle().site.site
}
