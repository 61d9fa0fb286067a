using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A post is in the language it opens in (thirty-first held-out review, F1): an English release note followed by its
/// Portuguese and Spanish translations was dropped as Portuguese, the two translations outvoting the English.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TranslatedPostTests
{
    private const string English =
        "Control Panel in Modern File Explorer\n" +
        "This mod opens the classic Control Panel items inside the modern File Explorer window instead of a separate legacy window. " +
        "It works on Windows 11 and keeps the navigation pane, the address bar and the tabs that the new explorer has. " +
        "When you open an item from the Start menu or from the Run dialog, the mod redirects it to a new tab of the explorer that is already open. " +
        "The settings let you choose which items are redirected and whether a new window should be used when no explorer window is open. " +
        "Some items, such as the old Sound dialog and the Mouse properties, are still dialogs and are not affected by the mod. " +
        "The mod was tested on the current release and on the preview builds, and it should work with the next feature update as well. " +
        "If an item does not open as expected, please report it with the name of the item and the build number of your system. " +
        "The source code is available on GitHub, and contributions for the items that are missing are welcome.\n";

    private const string Portuguese =
        "Painel de Controle no Explorador de Arquivos moderno\n" +
        "Este mod abre os itens clássicos do Painel de Controle dentro da janela moderna do Explorador de Arquivos em vez de uma janela separada. " +
        "Ele funciona no Windows 11 e mantém o painel de navegação, a barra de endereços e as abas que o novo explorador tem. " +
        "Quando você abre um item do menu Iniciar ou da caixa Executar, o mod redireciona para uma nova aba do explorador que já está aberta. " +
        "As configurações permitem escolher quais itens são redirecionados e se uma nova janela deve ser usada quando não há janela aberta. " +
        "Alguns itens, como o antigo diálogo de Som e as propriedades do Mouse, ainda são diálogos e não são afetados pelo mod. " +
        "O mod foi testado na versão atual e nas versões de teste, e deve funcionar com a próxima atualização também. " +
        "Se um item não abrir como esperado, por favor relate com o nome do item e o número da versão do seu sistema. " +
        "O código está disponível no GitHub, e contribuições para os itens que faltam são bem-vindas.\n";

    private const string Spanish =
        "Panel de control en el Explorador de archivos moderno\n" +
        "Este mod abre los elementos clásicos del Panel de control dentro de la ventana moderna del Explorador de archivos en lugar de una ventana aparte. " +
        "Funciona en Windows 11 y mantiene el panel de navegación, la barra de direcciones y las pestañas que tiene el nuevo explorador. " +
        "Cuando abres un elemento desde el menú Inicio o desde el cuadro Ejecutar, el mod lo redirige a una nueva pestaña del explorador que ya está abierto. " +
        "La configuración permite elegir qué elementos se redirigen y si se debe usar una nueva ventana cuando no hay ninguna abierta. " +
        "Algunos elementos, como el antiguo diálogo de Sonido y las propiedades del Ratón, siguen siendo diálogos y no se ven afectados por el mod. " +
        "El mod se probó en la versión actual y en las versiones de prueba, y debería funcionar con la próxima actualización también. " +
        "Si un elemento no se abre como se espera, por favor informa el nombre del elemento y el número de compilación de tu sistema. " +
        "El código está disponible en GitHub, y las contribuciones para los elementos que faltan son bienvenidas.\n";

    [Fact]
    public void APost_FollowedByItsTranslations_ShouldBeInTheLanguageItOpensIn()
    {
        Assert.Equal("en", LanguageDetector.Detect(English + Portuguese + Spanish, declared: null));
        Assert.Equal("pt", LanguageDetector.Detect(Portuguese + English + Spanish, declared: null));
        // Two translations after a short English lead make the sample clearly Portuguese: the English title sides with the lead.
        Assert.Equal("en", LanguageDetector.Detect(English + Portuguese + Portuguese + Spanish, declared: null, title: "Control Panel in Modern File Explorer"));
    }

    [Fact]
    public void APost_OpeningWithAShortQuoteInAnotherLanguage_ShouldStillBeInItsOwn()
        // A one-sentence English quote over a Portuguese article: the lead is not clearly English, the whole sample decides.
        => Assert.Equal("pt", LanguageDetector.Detect("\"It is the fastest release we have shipped,\" said the team.\n" + Portuguese + Portuguese, declared: null));
}
