use crate::core::content::ADVICE_LINES;
use crate::core::dates::parse_iso;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// The national advice lines for the reader's nation: what each is for, its hours, and a
/// tap-to-call link, with the date the details were last checked.
#[component]
pub fn AdviceLines() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let nation = i18n.nation.get();
        ADVICE_LINES
            .iter()
            .filter(|line| line.only.is_none_or(|only| only == nation))
            .map(|line| {
                let name = i18n.t(line.name_key);
                let call_label = i18n.t_args("line-call", [("name", name.clone().into())]);
                let checked = parse_iso(line.checked).map_or_else(|| line.checked.to_string(), |d| i18n.date_long(d));
                view! {
                    <div class="advice-line" id=line.id>
                        <h3 class="advice-line__name">{name}</h3>
                        <p>{i18n.t(line.about_key)}</p>
                        {line.hours_key.map(|k| view! { <p class="advice-line__hours">{i18n.t(k)}</p> })}
                        <p>
                            // The spoken name holds the number as shown (WCAG 2.5.3, label
                            // in name), so "call 0808 801 0366" by voice finds the link.
                            <a class="advice-line__call" href=line.tel_uri()>
                                <span class="visually-hidden">{call_label}": "</span>
                                {line.number}
                            </a>
                        </p>
                        <p class="advice-line__checked">
                            {i18n.t_args("line-checked", [("date", checked.into())])}
                        </p>
                    </div>
                }
            })
            .collect_view()
    }
}
