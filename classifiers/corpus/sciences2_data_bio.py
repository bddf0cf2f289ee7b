"""Biology data blocks for gen_sciences2.py (hand-written coursework; see that script's docstring).

ROWS holds ``code|fields`` rows grouped under ``## subtopic`` headers; LONG holds ``~~~``-separated
records whose first line is the subtopic. Everything here is ordinary school and college biology.
"""

ROWS = r"""
## cell
m|Which organelle contains its own circular DNA and 70S ribosomes, supporting the endosymbiotic theory?|Mitochondrion|Golgi apparatus|Peroxisome|Lysosome
m|The outer membrane of the nuclear envelope is continuous with the|rough endoplasmic reticulum|Golgi apparatus|plasma membrane|central vacuole
m|A pancreatic acinar cell that secretes large amounts of digestive enzymes would be expected to contain an unusually large amount of|rough endoplasmic reticulum|smooth endoplasmic reticulum|chloroplasts|glycogen granules
m|Which organelle breaks down fatty acids and converts hydrogen peroxide to water using catalase?|Peroxisome|Lysosome|Ribosome|Nucleolus
m|Cilia and eukaryotic flagella have an internal arrangement of microtubules described as|9 + 2|9 + 0|3 + 3|6 + 2
m|Why can a single cell not simply keep growing larger?|Its surface area to volume ratio falls, limiting exchange of materials|Its DNA would become diploid|Ribosomes stop working above a certain size|The cell wall always prevents it
m|Which structure is present in both prokaryotic and eukaryotic cells?|Ribosomes|A nuclear envelope|Mitochondria|A Golgi apparatus
m|Lysosomes contain hydrolytic enzymes that work best at about|pH 5|pH 7.4|pH 9|pH 2
m|The main component of a fungal cell wall is|chitin|cellulose|peptidoglycan|lignin
tf|Liver cells that detoxify drugs typically have an extensive smooth endoplasmic reticulum.|T
tf|Ribosomes are enclosed by a single phospholipid membrane.|F
tf|Red blood cells of mammals lose their nucleus as they mature.|T
n|A cell measures 45 mm on a photomicrograph taken at ×1,500 magnification. What is its actual length in micrometres?|30 µm
n|A mitochondrion appears 12 mm long in an electron micrograph of magnification ×20,000. Calculate its actual length.|0.6 µm
o|Describe the path a secreted protein takes from its gene in the nucleus to the outside of the cell.
o|Compare the structure of a bacterial cell with that of a plant cell, giving three differences and two similarities.
o|Explain why the electron microscope has a much higher resolution than the light microscope.
c|whats the difference between the rough and smooth ER again, i always mix them up
c|why do muscle cells have so many mitochondria
c|is the cell wall the same thing as the cell membrane? my notes are confusing
fb|The ________ is the dense region inside the nucleus where ribosomal RNA is made.|nucleolus

## membranes
m|The fluid mosaic model describes the plasma membrane as|a phospholipid bilayer with proteins that can move laterally within it|a rigid protein sheet sandwiched between two lipid layers|a single layer of phospholipids with the heads facing outwards|a carbohydrate lattice with embedded lipids
m|Water moves by osmosis from a region of|higher water potential to lower water potential|lower water potential to higher water potential|higher solute concentration to lower solute concentration|equal water potential to a different one
m|Which process uses a carrier protein but no ATP?|Facilitated diffusion|Simple diffusion of oxygen|The sodium-potassium pump|Endocytosis
m|A white blood cell engulfing a bacterium is an example of|phagocytosis|pinocytosis|exocytosis|facilitated diffusion
m|Unsaturated fatty acid tails in phospholipids make a membrane|more fluid, because the kinks prevent tight packing|less fluid, because they pack more tightly|impermeable to water|rigid at high temperatures
m|Cystic fibrosis results from a faulty CFTR protein, which is a|chloride ion channel|sodium-glucose symporter|proton pump|aquaporin
m|Glycoproteins on the outer surface of the plasma membrane mainly function in|cell recognition and signalling|ATP synthesis|DNA replication|holding the nucleus in place
m|Plant cells placed in a concentrated salt solution lose water until the membrane pulls away from the wall. This is called|plasmolysis|turgor|lysis|crenation
tf|Aquaporins let water cross membranes much faster than diffusion through the lipid bilayer alone.|T
tf|Large polar molecules such as glucose diffuse freely through the phospholipid bilayer.|F
tf|Exocytosis requires energy from the cell.|T
n|Potato cylinders were left in sucrose solutions for 24 hours. Percentage changes in mass were: 0.0 M +12%, 0.2 M +4%, 0.4 M -3%, 0.6 M -9%. Estimate the sucrose concentration that is isotonic with the potato tissue.|about 0.31 M
n|A cube-shaped cell has sides of 2 µm. Calculate its surface area to volume ratio, then repeat for a cube of side 4 µm.|3:1 and 1.5:1
o|Explain why plant cells placed in pure water do not burst, whereas red blood cells do.
o|Describe an experiment using beetroot discs to investigate the effect of temperature on membrane permeability.
c|can someone explain plasmolysis like im 12
c|whats the difference between active transport and facilitated diffusion, both use proteins right??
fb|Movement of molecules against a concentration gradient using energy from ATP is called ________ transport.|active

## enzymes
m|The activity of an enzyme falls sharply above about 45 °C because|bonds holding its tertiary structure break and the active site changes shape|the substrate molecules move too slowly|more enzyme-substrate complexes form|the enzyme is used up in the reaction
m|A non-competitive inhibitor lowers Vmax because it|binds an allosteric site and changes the shape of the active site|competes with the substrate for the active site|increases the enzyme's affinity for the substrate|is converted into product
m|Km is the substrate concentration at which|the reaction rate is half of Vmax|the reaction rate equals Vmax|the enzyme is fully denatured|no product forms
m|Organic cofactors such as NAD+ and FAD are called|coenzymes|prosthetic metals|substrates|isozymes
m|Adding more substrate can overcome the effect of|a competitive inhibitor|a non-competitive inhibitor|denaturation by heat|a heavy-metal poison that binds irreversibly
m|In end-product (feedback) inhibition, the final product of a pathway|inhibits an enzyme early in the pathway|activates every enzyme in the pathway|is broken down by the first enzyme|becomes the substrate of the first enzyme
tf|Enzymes change the equilibrium position of the reactions they catalyse.|F
tf|The induced-fit model proposes that the active site changes shape slightly when the substrate binds.|T
n|An enzyme has Vmax = 120 µmol/min and Km = 2.0 mM. What is the initial rate at a substrate concentration of 6.0 mM?|90 µmol/min
n|Catalase released 32 cm3 of oxygen in the first 40 seconds. Calculate the mean rate of reaction in cm3 per minute.|48 cm3/min
o|Explain how end-product inhibition regulates a metabolic pathway.
o|Describe how you would investigate the effect of pH on the rate of a protease-catalysed reaction.
c|lock and key vs induced fit whats the actual difference
c|why does an enzyme stop working when its too hot but only slows down when its cold

## bioenergetics
m|A reaction with a negative ΔG that releases free energy is described as|exergonic|endergonic|endothermic|anabolic
m|Cells drive endergonic reactions such as building proteins mainly by|coupling them to ATP hydrolysis|raising the cell's temperature|lowering the concentration of enzymes|reversing the second law of thermodynamics
m|Which statement about ATP is correct?|Hydrolysis of its terminal phosphate releases energy the cell can use|It stores energy long-term like fat|It is made only in chloroplasts|It contains deoxyribose
m|During aerobic respiration the final electron acceptor is|oxygen|NAD+|pyruvate|carbon dioxide
m|In the Krebs cycle, acetyl-CoA combines with oxaloacetate to form|citrate|pyruvate|lactate|glucose
m|The ATP and NADPH made in the light-dependent reactions are used|in the Calvin cycle to reduce carbon dioxide to sugar|to split water|to excite chlorophyll|to pump protons into the stroma
m|C4 plants such as maize reduce photorespiration by|first fixing CO2 with PEP carboxylase in mesophyll cells and releasing it around rubisco in bundle sheath cells|closing their stomata permanently|using only photosystem I|fixing CO2 only at night
m|CAM plants such as pineapple open their stomata|at night, storing CO2 as organic acids|only at midday|never|only when it rains
m|Which molecule is the electron donor to photosystem II?|Water|NADPH|Carbon dioxide|Glucose
m|Yeast fermenting glucose without oxygen produces|ethanol and carbon dioxide|lactate only|oxygen and water|acetyl-CoA and water
tf|Glycolysis requires oxygen to proceed.|F
tf|Hydrolysis of ATP under cellular conditions releases roughly 30 to 50 kJ per mole.|T
tf|An endergonic reaction can proceed in a cell if it is coupled to an exergonic one.|T
n|Complete oxidation of glucose releases 2,870 kJ/mol and yields about 32 ATP. If ATP hydrolysis releases 30.5 kJ/mol, calculate the efficiency of respiration.|about 34%
n|A respirometer shows a seed uptake of 0.8 cm3 O2 and release of 0.56 cm3 CO2 in 10 minutes. Calculate the respiratory quotient and suggest the respiratory substrate.|0.7; lipid
o|Explain why the rate of photosynthesis levels off as light intensity increases, and name two factors that could then be limiting.
o|Describe how the proton gradient across the inner mitochondrial membrane is used to make ATP.
o|Compare the roles of NAD in respiration and NADP in photosynthesis.
c|can u explain exergonic vs endergonic with an example, my bio teacher confused me
c|why does anaerobic respiration make so much less ATP than aerobic
c|photosynthesis light dependent vs independent, where does each happen
fb|The enzyme that uses the proton gradient to phosphorylate ADP is ATP ________.|synthase

## cell-cycle
m|During which phase of the cell cycle is DNA replicated?|S phase|G1 phase|M phase|G2 phase
m|Chromosomes line up along the equator of the spindle during|metaphase|prophase|anaphase|telophase
m|Homologous chromosomes pair up to form bivalents during|prophase I of meiosis|prophase of mitosis|metaphase II of meiosis|interphase
m|A cell has 16 chromatids at metaphase of mitosis. How many chromosomes will each daughter cell contain?|8|16|4|32
m|Independent assortment during meiosis happens because|homologous pairs line up randomly at metaphase I|sister chromatids are identical|DNA is replicated twice|crossing over never occurs
m|Cytokinesis in plant cells involves|formation of a cell plate from Golgi-derived vesicles|a cleavage furrow pinching the membrane inwards|breakdown of the cell wall|fusion of two nuclei
m|Cancer cells grown in culture differ from normal cells because they|do not stop dividing when they contact neighbouring cells|divide more slowly|cannot replicate their DNA|have no nucleus
m|Cyclins regulate the cell cycle by|activating cyclin-dependent kinases|forming spindle fibres|replicating centromeres|directly dissolving the nuclear envelope
tf|Meiosis produces four genetically identical daughter cells.|F
tf|In mitosis, the daughter cells have the same chromosome number as the parent cell.|T
tf|Sister chromatids separate during anaphase II of meiosis.|T
n|In a root tip squash, 320 cells were counted: 288 in interphase, 14 in prophase, 6 in metaphase, 5 in anaphase and 7 in telophase. If the cell cycle lasts 20 hours, estimate the time spent in mitosis.|2 hours
n|An organism has a diploid number of 8. Ignoring crossing over, how many genetically different gametes can it produce by independent assortment?|16
n|Calculate the mitotic index of a sample in which 42 of 600 cells are in a stage of mitosis.|0.07
o|Explain how meiosis and random fertilisation together generate genetic variation.
o|Compare the events of anaphase I and anaphase II of meiosis.
c|can u explain how meiosis makes 4 cells, i get the first division but not the second
c|mitosis vs meiosis table pls, test on friday
fb|The region where sister chromatids are held together is the ________.|centromere

## genetics
m|A woman with blood group A (genotype IAi) and a man with blood group B (IBi) have a child. What is the probability that the child has blood group O?|1/4|1/2|0|3/4
m|Which pair of parental blood groups could NOT produce a child with group O?|AB and O|A and B|A and O|B and O
m|Red-green colour blindness is X-linked recessive. A colour-blind man and a woman homozygous for normal vision have a son. What is the probability that the son is colour-blind?|0|1/2|1/4|1
m|A woman who carries an X-linked recessive allele and an unaffected man have a son. What is the probability that he is affected?|1/2|1/4|0|1
m|In the cross AaBb × AaBb with independent assortment, what fraction of offspring is expected to be aabb?|1/16|1/4|3/16|9/16
m|The cross AaBb × aabb gives which expected phenotypic ratio?|1 : 1 : 1 : 1|9 : 3 : 3 : 1|3 : 1|1 : 2 : 1
m|A couple already have three daughters. What is the probability that their fourth child is a son?|1/2|1/16|1/8|15/16
m|Two unaffected parents have an affected daughter. The most likely mode of inheritance is|autosomal recessive|autosomal dominant|X-linked recessive|Y-linked
m|In Labrador retrievers, the B/b gene controls black or brown pigment and the E/e gene controls whether pigment is deposited in the fur; ee dogs are yellow whatever their B genotype. This is an example of|epistasis|codominance|sex linkage|incomplete dominance
m|The cross BbEe × BbEe in Labradors gives black : brown : yellow puppies in the ratio|9 : 3 : 4|9 : 3 : 3 : 1|12 : 3 : 1|9 : 7
m|In cats, the orange and black coat alleles are on the X chromosome. Tortoiseshell cats are almost always female because|they need two X chromosomes carrying different alleles|the gene is on the Y chromosome|males die before birth|orange is dominant only in females
m|Human height shows continuous variation because it is|controlled by many genes plus environmental factors|controlled by one gene with two alleles|sex-linked|determined entirely by diet
tf|Two carrier parents who already have three affected children still have a 1/4 chance that their next child is affected.|T
tf|Genes that are close together on the same chromosome usually assort independently.|F
tf|A recessive phenotype is only seen when an individual has two copies of the recessive allele.|T
n|Two parents heterozygous for albinism (Aa) have four children. What is the probability that exactly one child has albinism?|27/64
n|What is the probability that a family of three children includes at least one girl?|7/8
n|In the cross AaBbCc × AaBbCc, what fraction of offspring will be homozygous recessive for all three genes?|1/64
n|A test cross of a pea plant heterozygous for tall stems and round seeds gives 42 tall round, 8 tall wrinkled, 9 dwarf round and 41 dwarf wrinkled. Calculate the recombination frequency between the two genes.|17%
n|A cross expected to give a 3:1 ratio produces 290 dominant and 110 recessive phenotypes. Calculate the chi-squared value.|about 1.33
o|Explain why a dihybrid cross between linked genes does not give a 9:3:3:1 ratio.
o|Use a Punnett square to show how two parents with blood groups A and B could have children of all four blood groups.
o|Explain what a pedigree can tell you about whether a trait is dominant or recessive.
c|how do i do dihybrid crosses without drawing a 16 box square every time
c|if both parents are carriers whats the chance 2 of their 3 kids have the disease?? im confused with the binomial thing
c|why do more boys get colour blindness than girls
c|codominance vs incomplete dominance, is blood type codominant?
fb|An individual with two different alleles of a gene is ________ for that gene.|heterozygous

## molecular
m|Which enzyme unwinds the DNA double helix at the replication fork?|Helicase|Ligase|Primase|Reverse transcriptase
m|In eukaryotes, introns are removed from pre-mRNA by the|spliceosome|ribosome|RNA polymerase|proteasome
m|A tRNA anticodon reads 3'-UAC-5'. Which mRNA codon does it pair with?|5'-AUG-3'|5'-UAC-3'|5'-CAU-3'|5'-GUA-3'
m|Which feature is added to the 3' end of most eukaryotic mRNAs?|A poly-A tail|A 7-methylguanosine cap|A TATA box|A Shine-Dalgarno sequence
m|Which type of RNA forms the catalytic core of the ribosome?|rRNA|mRNA|tRNA|miRNA
m|In the lac operon, the repressor protein binds to the|operator|promoter|lacZ gene|CAP site
m|The trp operon is switched off when|tryptophan binds the repressor, allowing it to bind the operator|lactose is absent|cAMP levels are high|RNA polymerase is abundant
m|A mutation in the promoter of a gene is most likely to affect|how much mRNA is transcribed|the amino acid sequence of the protein|only the splicing of introns|the tRNA anticodons
m|Methylation of cytosines in a gene's promoter usually|silences transcription of that gene|increases transcription|causes a frameshift|removes introns
m|Which mutation replaces one amino acid with a chemically similar one and often has little effect on function?|A conservative missense mutation|A nonsense mutation|A frameshift insertion|A deletion of the start codon
m|Histone acetylation generally|loosens chromatin and promotes transcription|condenses chromatin and silences genes|removes introns|cuts DNA at specific sites
tf|The genetic code is degenerate: most amino acids are specified by more than one codon.|T
tf|Transcription in eukaryotes takes place in the cytoplasm.|F
tf|Telomerase adds repeated DNA sequences to the ends of chromosomes.|T
n|An mRNA segment reads 5'-AUG GCU UAC GGA UAA-3'. How many amino acids will the peptide contain?|4
n|A DNA sample contains 22% adenine. What percentage of its bases are cytosine?|28%
n|A gene's coding sequence is 1,350 nucleotides long including the stop codon. How many amino acids are in the protein?|449
o|Explain why a single-base deletion usually has a larger effect on a protein than a single-base substitution.
o|Describe the roles of the three main types of RNA in protein synthesis.
o|Explain how the Meselson-Stahl experiment supported semiconservative replication.
c|why is the lagging strand made in pieces, whats the point of okazaki fragments
c|transcription vs translation in like 3 sentences pls
c|how does the lac operon turn on, i get the repressor but whats cAMP doing
fb|The enzyme that makes a short RNA primer during DNA replication is ________.|primase

## biotech
m|PCR uses Taq polymerase because it|stays active after repeated heating to about 95 °C|cuts DNA at specific sites|works only at room temperature|joins DNA fragments together
m|Starting from one double-stranded DNA molecule, how many copies are theoretically present after 10 PCR cycles?|1,024|20|100|512
m|In gel electrophoresis, the shortest DNA fragments|travel furthest from the wells|stay closest to the wells|move toward the negative electrode|do not move at all
m|Sticky ends made by a restriction enzyme are useful because|complementary fragments from different sources can base-pair before ligation|they give DNA a positive charge|they prevent ligation|they copy the DNA
m|Blue-white screening picks out bacterial colonies in which|the inserted DNA has disrupted the lacZ gene|the plasmid has been lost|the bacteria are dead|the antibiotic has broken down
m|In CRISPR-Cas9 gene editing, the guide RNA|directs Cas9 to a complementary DNA sequence|cuts the DNA itself|replaces the damaged gene|makes the cell resistant to all viruses
m|Reverse transcription PCR (RT-PCR) begins with|RNA, which is first copied into cDNA|protein|a restriction digest|a single nucleotide
m|Sanger sequencing relies on|dideoxynucleotides that terminate strand synthesis|restriction enzymes cutting at every base|antibodies binding each base|ultracentrifugation of nucleotides
m|DNA profiling compares STRs, which are|short tandem repeats that vary in length between individuals|protein-coding exons identical in everyone|mitochondrial genes only|restriction enzymes
m|Which enzyme seals the sugar-phosphate backbone when an insert is ligated into a plasmid?|DNA ligase|DNA helicase|A restriction endonuclease|RNA polymerase
tf|A DNA ladder run alongside samples lets you estimate the sizes of unknown fragments.|T
tf|Gene therapy that targets body (somatic) cells changes the DNA passed on to a patient's children.|F
n|A 5,000 bp circular plasmid is cut by an enzyme with two sites, at positions 1,200 and 4,100. What fragment sizes are produced?|2,900 bp and 2,100 bp
n|One qPCR sample reaches threshold at cycle 22 and another at cycle 25. Assuming 100% efficiency, how many times more template was in the first sample?|8 times
o|Explain how a gene for human insulin can be inserted into bacteria and expressed.
o|Discuss two ethical concerns about editing the human germline.
o|Describe how a DNA microarray can compare gene expression in two tissues.
c|help me understand PCR steps, denature anneal extend but why those temps
c|how does gel electrophoresis actually separate dna by size
c|crispr explained simply? like what does cas9 actually do
fb|Copying mRNA into complementary DNA uses the enzyme reverse ________.|transcriptase

## medical-genetics
m|An X-linked dominant disorder passed on by an affected father will affect|all of his daughters and none of his sons|all of his sons|half of his daughters|none of his children
m|A couple's first child has an autosomal recessive condition; both parents are unaffected. What is the chance that at least one of their next two children is affected?|7/16|1/2|1/16|1/4
m|Angelman syndrome results when the 15q11-q13 region is deleted from the chromosome inherited from the|mother|father|either parent, with equal effect|grandfather only
m|A carrier of a balanced reciprocal translocation is usually|phenotypically normal but at increased risk of unbalanced gametes|severely affected from birth|infertile in all cases|trisomic
m|A dominant trait shows 80% penetrance. A person inherits the dominant allele. What is the chance that they express the trait?|0.8|0.2|0.5|1
m|Duchenne muscular dystrophy is X-linked recessive. Which relative of an affected boy is most likely to be a carrier?|His mother|His father|His paternal grandfather|His brother
m|Which test detects an extra chromosome 21 from fetal DNA fragments circulating in the mother's blood?|Non-invasive prenatal testing (NIPT)|A sweat chloride test|The Guthrie heel-prick test|An Ishihara test
m|Which inheritance pattern shows male-to-male transmission?|Autosomal dominant|X-linked dominant|X-linked recessive|Mitochondrial
m|A person with Klinefelter syndrome has how many Barr bodies in most cells?|1|0|2|3
tf|Mitochondrial disorders are passed from affected fathers to all of their children.|F
tf|Most cases of Down syndrome are caused by nondisjunction rather than translocation.|T
tf|Genetic heterogeneity means the same phenotype can be caused by mutations in different genes.|T
n|An autosomal dominant disorder has 70% penetrance. An affected man has children with an unaffected woman. What is the chance that a child develops the disorder?|35%
n|A woman's brother has cystic fibrosis; her parents are unaffected. The population carrier frequency is 1/25. What is the probability that her first child with an unrelated man will be affected?|1/150
n|A man's maternal uncle has an X-linked recessive disorder. The man himself is unaffected. What is his risk of passing the disorder to his sons?|0
o|Explain how uniparental disomy can cause disease even when no gene is mutated.
o|A genetic counsellor uses Bayesian analysis for a woman who has three unaffected sons. Explain why her carrier risk is lower than her prior risk.
o|Discuss the benefits and limitations of newborn screening for metabolic disorders.
c|why do women get x-linked diseases so rarely compared to men
c|my genetics hw: penetrance vs expressivity, whats the difference with examples?
fb|A person who carries one copy of a recessive disease allele and shows no symptoms is called a ________.|carrier

## population-genetics
m|In a population the frequency of a recessive allele is 0.3. Assuming Hardy-Weinberg equilibrium, what is the frequency of heterozygotes?|0.42|0.09|0.49|0.21
m|Genetic drift has its largest effect in|small populations|very large populations|populations with high gene flow|populations under strong selection only
m|A population bottleneck reduces|genetic diversity|the mutation rate to zero|the number of chromosomes per cell|the effect of drift in later generations
m|Gene flow between two populations tends to|make their allele frequencies more similar|increase the differences between them|cause speciation|reduce population size
m|A chi-squared test is applied to Hardy-Weinberg data to|test whether observed genotype counts differ significantly from expected counts|measure the mutation rate|calculate allele frequencies directly|determine which allele is dominant
tf|Hardy-Weinberg equilibrium assumes random mating and no selection.|T
tf|In a population at Hardy-Weinberg equilibrium, allele frequencies change every generation.|F
n|In a population of 2,000 people, 320 are homozygous recessive for a trait. How many heterozygotes are expected under Hardy-Weinberg equilibrium?|960
n|In a sample of 1,000 people, 490 have blood type MM, 420 MN and 90 NN. Calculate the frequencies of alleles M and N.|M = 0.7, N = 0.3
o|Explain why heterozygote advantage can keep a harmful allele such as HbS at a high frequency in some regions.
c|hardy weinberg: how do i know if im given p, q, p2 or q2 in the question

## evolution
m|Who published "On the Origin of Species" in 1859?|Charles Darwin|Alfred Russel Wallace|Jean-Baptiste Lamarck|Gregor Mendel
m|Lamarck's theory of evolution proposed that|characteristics acquired during an organism's lifetime are passed to its offspring|species are fixed and unchanging|evolution occurs only through genetic drift|species arise by sudden large mutations
m|Alfred Russel Wallace is best known for|independently proposing evolution by natural selection|discovering the structure of DNA|founding binomial nomenclature|the laws of inheritance
m|Who developed the binomial system of naming species?|Carl Linnaeus|Charles Lyell|Georges Cuvier|Thomas Malthus
m|Thomas Malthus influenced Darwin with his argument that|populations tend to grow faster than their food supply|species change through use and disuse|the Earth is only a few thousand years old|traits blend in offspring
m|Charles Lyell's "Principles of Geology" influenced Darwin by arguing that|slow, gradual processes acting over immense time shaped the Earth|the Earth was created recently|catastrophes alone explain fossils|species never go extinct
m|Georges Cuvier's study of fossils established that|extinction is a real phenomenon|species slowly change into one another|acquired traits are inherited|the Earth is flat
m|The modern evolutionary synthesis of the 1930s and 1940s combined natural selection with|Mendelian and population genetics|plate tectonics|cell theory only|the germ theory of disease
m|Punctuated equilibrium proposes that|species change little for long periods, interrupted by relatively rapid bursts of change|evolution always proceeds at a constant slow rate|species never go extinct|acquired traits are inherited
m|In science, a theory such as the theory of evolution is best described as|a well-substantiated explanation supported by a large body of evidence|a guess that has not been tested|a fact that can never be revised|the result of a single experiment
m|In a cladogram, a group consisting of an ancestor and all of its descendants is a|clade (monophyletic group)|paraphyletic group|polyphyletic group|outgroup
m|Polyploidy in plants can produce a new species in a single generation. This is an example of|sympatric speciation|allopatric speciation|convergent evolution|the founder effect
m|Mules are sterile offspring of horses and donkeys. Which reproductive barrier does this illustrate?|Reduced hybrid fertility (postzygotic)|Temporal isolation|Behavioural isolation|Habitat isolation
m|The similar streamlined body shapes of sharks and dolphins are an example of|convergent evolution|divergent evolution|homologous structures|coevolution
tf|Natural selection acts on individuals, but it is populations that evolve.|T
tf|Antibiotic resistance arises because bacteria try to adapt to the drug.|F
tf|Radiometric dating of volcanic layers above and below fossils helps establish the fossils' ages.|T
n|A molecular clock for a gene gives 2 substitutions per million years between two lineages. Two species differ by 34 substitutions. Estimate how long ago they diverged.|17 million years
o|Explain how the fossil record of whales provides evidence for evolution.
o|Describe how Darwin's observations on the Galapagos Islands contributed to his theory.
o|Explain the difference between a scientific theory and a hypothesis, using evolution as an example.
o|Explain how a molecular clock can be used to estimate when two species diverged.
c|whats the difference between convergent and divergent evolution? examples pls
c|why is evolution called a theory if its true lol
c|darwin vs lamarck giraffe necks, explain the difference for my essay
fb|Structures with a shared origin but different functions, such as a human arm and a bat wing, are ________ structures.|homologous

## ecology
m|In a logistic growth model, the population grows fastest when N is|half the carrying capacity|equal to the carrying capacity|close to zero|twice the carrying capacity
m|An r-selected species typically has|many small offspring with little parental care|few large offspring with extensive care|long lifespans and late maturity|stable populations near carrying capacity
m|After a forest fire, the community that regrows on existing soil is an example of|secondary succession|primary succession|a climax community|eutrophication
m|One barnacle species could live across the whole shore but is confined to the upper zone by competition. The space it actually occupies is its|realised niche|fundamental niche|trophic level|biome
m|Which terrestrial biome has the highest net primary productivity per square metre?|Tropical rainforest|Desert|Tundra|Temperate grassland
m|Which nutrient cycle has no significant atmospheric gas phase?|The phosphorus cycle|The carbon cycle|The nitrogen cycle|The water cycle
m|Nitrifying bacteria such as Nitrosomonas convert|ammonium to nitrite|nitrate to nitrogen gas|nitrogen gas to ammonia|nitrite to ammonia
m|Conservationists create wildlife corridors between habitat fragments mainly to|allow movement and gene flow between populations|increase edge effects|prevent all predation|reduce biodiversity
m|A pyramid of biomass can be inverted in|open-ocean ecosystems where phytoplankton turn over rapidly|tropical forests|grasslands|deserts
m|The introduction of cane toads to Australia is an example of|an invasive species harming native wildlife|biomagnification of DDT|mutualism|a keystone predator restoring balance
m|DDT reached high concentrations in birds of prey because of|biomagnification along the food chain|nitrogen fixation|primary succession|eutrophication of soil
tf|Decomposers return mineral nutrients from dead organisms to the soil.|T
tf|A climax community never changes once it has formed.|F
tf|Ex situ conservation includes seed banks and zoo breeding programmes.|T
n|In a mark-release-recapture study, 60 beetles were marked and released. Later 50 were captured, of which 12 were marked. Estimate the population size.|250
n|Grass in a field fixes 20,000 kJ m-2 yr-1. If 10% passes to each successive trophic level, how much energy reaches the tertiary consumers?|20 kJ m-2 yr-1
n|A population of 500 deer has a birth rate of 0.12 and a death rate of 0.08 per individual per year. Estimate the population after one year.|520
n|Using Simpson's index, a meadow gives Σn(n-1) = 840 and N(N-1) = 9,900. Calculate D = 1 - Σn(n-1)/N(N-1).|about 0.92
o|Explain why food chains rarely have more than four or five trophic levels.
o|Describe how you would use quadrats along a transect to investigate plant distribution across a sand dune.
o|Evaluate captive breeding programmes as a way of conserving endangered species.
c|whats the diff between a food chain and a food web and why do webs make ecosystems more stable
c|need help with my ecology hw on the nitrogen cycle, which bacteria do what??
fb|The maximum population an environment can support indefinitely is its ________ capacity.|carrying

## plants
m|In a dicot leaf, most photosynthesis takes place in the|palisade mesophyll|spongy mesophyll|upper epidermis|xylem
m|The waxy cuticle on the upper surface of a leaf mainly|reduces water loss|increases gas exchange|absorbs minerals|transports sugars
m|Guard cells open a stoma when they|take up K+ ions, absorb water and become turgid|lose water and become flaccid|break down their cell walls|release abscisic acid
m|Which conditions increase the rate of transpiration?|Higher temperature and moving air|High humidity|Darkness|Closed stomata
m|A plant cell with solute potential -800 kPa and pressure potential +300 kPa has a water potential of|-500 kPa|-1,100 kPa|+500 kPa|+1,100 kPa
m|Xerophytes such as marram grass reduce water loss by having|rolled leaves and sunken stomata|large thin leaves|stomata only on the upper surface|very shallow roots
m|Floating leaves of water lilies have stomata mainly on the|upper surface|lower surface|roots|stem only
m|Gibberellins are known to|stimulate stem elongation and seed germination|cause stomatal closure|inhibit all growth|make fruit drop off
m|The Casparian strip in the root endodermis forces water and solutes to|pass through the cytoplasm of endodermal cells|travel only through cell walls|leave the root|enter the phloem directly
m|Phototropism in shoots is mainly controlled by the redistribution of|auxin|ethylene|abscisic acid|cytokinin
m|Root hair cells are adapted for absorption by having|a large surface area|chloroplasts|a thick waxy cuticle|lignified walls
tf|A potometer actually measures water uptake by a shoot rather than transpiration directly.|T
tf|Phloem transports sugars only downwards, from leaves to roots.|F
tf|The water potential of pure water at atmospheric pressure is zero.|T
n|Cell X has a water potential of -400 kPa and the adjacent cell Y has -650 kPa. In which direction does water move, and why?|From X to Y, down the water potential gradient
n|A potometer bubble moves 24 mm in 6 minutes in a capillary tube of radius 0.5 mm. Calculate the rate of water uptake in mm3 per minute.|about 3.1 mm3/min
o|Explain how the mass flow hypothesis accounts for translocation in phloem.
o|Describe the adaptations of leaves of plants growing in deep shade on a forest floor.
o|Compare the structure of xylem vessels and phloem sieve tubes in relation to their functions.
c|why do desert plants open stomata at night, isnt that weird
c|how does water get up a tree with no pump, cohesion tension explain simply pls
fb|Loss of water vapour from the leaves of a plant is called ________.|transpiration

## physiology
m|Which tissue has no blood vessels and receives nutrients by diffusion from surrounding tissue?|Hyaline cartilage|Compact bone|Skeletal muscle|Liver
m|Compared with cartilage, bone|is mineralised with calcium phosphate and has a good blood supply|has no cells|has no blood vessels|is made only of elastin
m|Osteoblasts are cells that|lay down new bone matrix|break down bone|make only cartilage|produce antibodies
m|The myelin sheath speeds up nerve impulses by|allowing saltatory conduction between nodes of Ranvier|blocking all ion movement along the axon|releasing neurotransmitter along the axon|pumping sodium into the axon
m|Fish gills achieve efficient gas exchange by|countercurrent flow of water and blood|tidal ventilation|air sacs|a diaphragm
m|Birds have a very efficient respiratory system because|air flows in one direction through the lungs, helped by air sacs|they have alveoli like mammals|they breathe mainly through their skin|their lungs are larger than their bodies
m|Insects deliver oxygen to their tissues mainly through|tracheae that open at spiracles|haemoglobin in the haemolymph|gills|lungs
m|Antidiuretic hormone (ADH) increases water reabsorption by|inserting aquaporins into the walls of the collecting duct|increasing the glomerular filtration rate|secreting urea|relaxing the bladder
m|Freshwater fish tend to|gain water by osmosis and excrete large volumes of dilute urine|lose water and drink constantly|produce very concentrated urine|never produce urine
m|Bile helps digestion by|emulsifying fats into smaller droplets|digesting proteins|absorbing glucose|acidifying the small intestine
m|Ruminants such as cows digest cellulose with the help of|microorganisms in the rumen|cellulase in their saliva|stomach acid alone|bile salts
m|The sinoatrial node is|the heart's natural pacemaker|a valve between the atria|a lymph node in the neck|part of the brainstem
m|Which type of muscle tissue is found in the walls of the intestine and blood vessels?|Smooth muscle|Skeletal muscle|Cardiac muscle|Striated voluntary muscle
tf|Desert mammals such as kangaroo rats have long loops of Henle that help them produce concentrated urine.|T
tf|Smooth muscle is under voluntary control.|F
n|A person's heart rate is 72 beats per minute and stroke volume is 70 cm3. Calculate cardiac output in dm3 per minute.|5.04 dm3/min
n|A subject breathes 14 times per minute with a tidal volume of 0.5 dm3. Calculate pulmonary ventilation.|7 dm3/min
o|Describe how a nerve impulse crosses a cholinergic synapse.
o|Compare the nervous and endocrine systems as ways of communicating in the body.
o|Explain how the structure of the small intestine is adapted for absorption.
c|cartilage vs bone whats the actual difference in structure
c|how do fish gills work better than our lungs, the countercurrent thing confuses me
fb|The functional unit of the kidney is the ________.|nephron

## immunology
m|Which cells belong to the innate immune system?|Neutrophils and macrophages|Plasma cells|Memory B cells|Cytotoxic T cells
m|Helper T cells carry which surface protein?|CD4|CD8|CD19|IgM
m|Cytotoxic T cells kill infected cells that display foreign peptides on|MHC class I molecules|MHC class II molecules|antibodies|complement proteins
m|Clonal selection means that|a lymphocyte with a matching receptor is activated and divides into many identical cells|all lymphocytes divide whenever any antigen enters|antibodies are made by random cells|red blood cells respond to antigens
m|Type 1 diabetes is an autoimmune disease in which|T cells destroy the insulin-producing beta cells of the pancreas|the body stops responding to insulin because of obesity|the thyroid is attacked|antibodies block acetylcholine receptors
m|Myasthenia gravis is caused by antibodies against|acetylcholine receptors at the neuromuscular junction|insulin|red blood cells|thyroid-stimulating hormone receptors
m|Passive immunity is provided by|antibodies passed from mother to baby across the placenta or in milk|a vaccine containing antigens|recovering from an infection|memory cells
m|Herd immunity protects unvaccinated people because|the pathogen has too few susceptible hosts to spread widely|they receive antibodies from others|the pathogen mutates to become harmless|vaccines spread between people
m|Edward Jenner's work in 1796 is famous because he|used material from cowpox lesions to protect against smallpox|discovered penicillin|developed the rabies vaccine|described phagocytosis
m|During inflammation at a wound,|mast cells release histamine, making capillaries leakier|antibodies appear within seconds|red blood cells engulf bacteria|all nearby blood vessels close
m|The variable region of an antibody|binds a specific antigen|binds all antigens equally|is identical in every antibody|attaches the antibody to mast cells
tf|Memory cells make the secondary immune response faster and larger.|T
tf|Vaccines contain antibodies that protect the body immediately.|F
tf|Rheumatoid arthritis is an autoimmune disease.|T
o|Explain why a new influenza vaccine is needed each year while a measles vaccine gives long-lasting protection.
o|Describe how monoclonal antibodies are produced and give one medical use.
o|Explain the role of helper T cells in activating B cells.
c|whats the difference between b cells and t cells, in simple words
c|how do vaccines actually train the immune system
c|autoimmune disease means the immune system attacks itself but why does that happen
fb|A molecule that triggers a specific immune response is called an ________.|antigen

## behaviour
m|Woodlice move faster and turn less in dry conditions, so they end up in damp areas. This non-directional response is a|kinesis|taxis|tropism|fixed action pattern
m|Chimpanzees stacking boxes to reach bananas without trial-and-error practice shows|insight learning|habituation|classical conditioning|a fixed action pattern
m|Worker bees helping the queen reproduce instead of reproducing themselves is best explained by|kin selection|sexual selection|territoriality|imprinting
m|Karl von Frisch is known for decoding|the waggle dance of honeybees|imprinting in geese|classical conditioning|birdsong learning
m|Konrad Lorenz is known for his studies of|imprinting in geese|the honeybee waggle dance|insight learning in chimpanzees|operant conditioning in pigeons
m|A male stickleback attacks a crude model with a red underside but ignores a realistic model without red. The red belly acts as a|sign stimulus|conditioned stimulus|pheromone|learned cue
m|The handicap principle suggests that costly ornaments such as a peacock's tail are|honest signals of male quality|irrelevant to mate choice|a defence against predators|learned by imitation
tf|Altruistic behaviour can evolve when it helps close relatives who share the altruist's genes.|T
tf|Bird migration is entirely learned and has no genetic component.|F
o|Explain the costs and benefits of group living for prey animals such as meerkats.
o|Describe an experiment using a choice chamber to investigate the response of maggots to light.
c|innate vs learned behaviour examples for my bio essay pls
fb|Chemical signals released by an animal that affect the behaviour of others of its species are ________.|pheromones

## microbiology
m|Gram-positive bacteria stain purple because they have|a thick peptidoglycan layer that retains crystal violet|an outer membrane of lipopolysaccharide|no cell wall|a capsule that absorbs safranin
m|Penicillin kills growing bacteria by|inhibiting cross-linking of peptidoglycan in the cell wall|blocking 70S ribosomes|inhibiting DNA gyrase|dissolving the plasma membrane
m|Bacterial endospores matter in hospital hygiene because they|survive heat, drying and many disinfectants|are how bacteria reproduce|contain no DNA|die after one second of boiling
m|Transfer of a plasmid from one bacterium to another through a pilus is called|conjugation|transformation|transduction|binary fission
m|Transfer of bacterial DNA by a bacteriophage is called|transduction|conjugation|transformation|translocation
m|Bacteria in a closed culture grow exponentially during the|log phase|lag phase|stationary phase|death phase
m|Which of these is a eukaryotic microorganism?|Baker's yeast (Saccharomyces cerevisiae)|Escherichia coli|Staphylococcus aureus|Streptococcus pneumoniae
m|Koch's postulates are criteria used to|establish that a particular microbe causes a particular disease|classify viruses|measure antibiotic concentration|sterilise equipment
m|Archaea differ from bacteria in that archaea|lack peptidoglycan and have ether-linked membrane lipids|have a nucleus|are all pathogens|cannot live in extreme environments
tf|Antibiotics are effective against viral infections such as the common cold.|F
tf|Some bacteria carry out photosynthesis.|T
n|A sample is diluted by a factor of 10^6 and 0.1 cm3 is spread on an agar plate, which grows 48 colonies. Calculate the number of bacteria per cm3 in the original sample.|4.8 × 10^8
n|In a disc diffusion test, antibiotic A gives a clear zone 24 mm in diameter and B a zone 12 mm in diameter. Calculate the area of each zone.|about 452 mm2 and 113 mm2
o|Explain why overuse of antibiotics leads to the spread of resistant bacteria.
o|Describe aseptic technique for transferring a culture from a broth to an agar plate.
c|gram positive vs gram negative, why does one stain purple and one pink
c|why do we incubate school agar plates at 25 not 37
fb|Bacteria reproduce asexually by ________ fission.|binary

## virology
m|Many biologists consider viruses non-living mainly because they|cannot reproduce or carry out metabolism outside a host cell|contain nucleic acid|have proteins|can evolve
m|Tobacco mosaic virus has a capsid with|helical symmetry|icosahedral symmetry|a complex head-tail structure|no capsid
m|Which virus family includes the measles and mumps viruses?|Paramyxoviridae|Herpesviridae|Retroviridae|Picornaviridae
m|Poliovirus belongs to the Picornaviridae, which are|small non-enveloped positive-sense RNA viruses|large enveloped DNA viruses|retroviruses|double-stranded RNA viruses
m|Varicella-zoster virus, which causes chickenpox and later shingles, is a|herpesvirus|orthomyxovirus|coronavirus|flavivirus
m|Influenza viruses (Orthomyxoviridae) have a genome of|segmented negative-sense RNA|a single circular DNA molecule|unsegmented positive-sense RNA|double-stranded DNA
m|Zidovudine (AZT), the first approved HIV drug, acts as a|nucleoside analogue that inhibits reverse transcriptase|protease inhibitor|neuraminidase inhibitor|fusion inhibitor
m|Aciclovir is used to treat|herpes simplex infections|bacterial pneumonia|fungal skin infections|malaria
m|The basic reproduction number R0 of an infection is|the average number of secondary cases caused by one case in a fully susceptible population|the number of people who die|the number of days a person is infectious|the proportion of people vaccinated
m|Albert Sabin's oral polio vaccine is a|live attenuated vaccine|inactivated vaccine|subunit vaccine|mRNA vaccine
m|The World Health Organization declared smallpox eradicated in|1980|1955|1999|2010
m|Dengue and Zika viruses belong to the|Flaviviridae|Retroviridae|Herpesviridae|Poxviridae
tf|HIV mainly infects CD4+ helper T cells.|T
tf|Every virus contains both DNA and RNA.|F
n|A disease has R0 = 4. Estimate the minimum proportion of the population that must be immune for herd immunity.|75%
n|A virus stock is diluted 10^-5 and 0.1 mL of the dilution gives 36 plaques. Calculate the titre in plaque-forming units per mL.|3.6 × 10^7 PFU/mL
o|Compare the lytic and lysogenic cycles of bacteriophage lambda.
o|Explain why it is harder to develop antiviral drugs than antibacterial drugs.
o|Outline the history of vaccination from Jenner to mRNA vaccines.
c|how does hiv become part of your dna? reverse transcriptase explain pls
c|why do we get a new flu jab every year but not a new measles one
fb|A complete infectious virus particle outside a host cell is called a ________.|virion

## lab
m|When using a light microscope, you should first focus on a specimen with the|low-power objective and the coarse focus knob|high-power objective and the coarse focus knob|oil immersion lens|eyepiece alone
m|Which stain is commonly used to make nuclei visible in onion epidermis cells?|Iodine solution or methylene blue|Benedict's reagent|Biuret reagent|Sudan III
m|A positive Benedict's test for reducing sugars gives|a brick-red precipitate on heating|a purple colour|a blue-black colour|a milky emulsion
m|Biuret reagent turns purple in the presence of|protein|starch|lipid|reducing sugar
m|In paper chromatography of leaf pigments, the Rf value is|the distance moved by the pigment divided by the distance moved by the solvent front|the pigment's mass|the time taken to reach the top|the solvent's boiling point
m|A haemocytometer is used to|count cells in a known volume of liquid|measure blood pressure|separate proteins|measure pH
m|Why is a tube with boiled enzyme included in an enzyme experiment?|To show that any change is caused by active enzyme|To speed up the reaction|To measure the temperature|To sterilise the tube
tf|Serial dilution reduces the concentration of a sample by a known factor at each step.|T
tf|An autoclave sterilises equipment using dry heat at 60 °C.|F
n|In chromatography of spinach pigments, the solvent front moved 8.0 cm and a yellow pigment moved 7.6 cm. Calculate its Rf value.|0.95
n|At ×400, 40 eyepiece graticule divisions line up with 25 stage micrometer divisions of 0.01 mm each. What is one eyepiece division worth?|6.25 µm
o|Describe how you would prepare a temporary mount of cheek cells.
o|Identify the independent, dependent and control variables in an investigation of the effect of pH on amylase activity.
c|how do u calculate magnification with the graticule thing, im so lost
c|lab report help: what counts as a control variable vs a control experiment
"""

LONG = r"""
genetics
Read the information and answer the questions.

In a species of flowering plant, flower colour is controlled by a single gene with two alleles: R (red) and r (white). Heterozygous plants have pink flowers. A second, unlinked gene controls leaf shape: the allele for broad leaves (B) is dominant to the allele for narrow leaves (b).

A student crossed a pink-flowered, broad-leaved plant that was heterozygous for leaf shape with a white-flowered, narrow-leaved plant. She collected 240 seeds and grew them to flowering.

(a) State the type of dominance shown by the flower-colour gene. (1 mark)
(b) Give the genotypes of both parents and of their gametes. (2 marks)
(c) Draw a genetic diagram and state the expected phenotypic ratio of the offspring. (3 marks)
(d) How many of the 240 plants would you expect to have pink flowers and narrow leaves? (1 mark)
(e) The student actually counted 52 pink narrow-leaved plants. Suggest two reasons why the observed number differs from the expected number. (2 marks)
~~~
medical-genetics
Case study for a genetics tutorial.

Maria and Tom are expecting their first child. Maria's brother has haemophilia A, an X-linked recessive disorder; her parents are both unaffected and nobody else in the family is known to be affected. Tom has no family history of bleeding disorders.

1. What is the prior probability that Maria is a carrier? Explain your reasoning, stating any assumptions you make about new mutations.
2. If the baby is a boy, what is the probability that he will have haemophilia A?
3. If the baby is a girl, what is the probability that she will be a carrier?
4. Maria has a blood test showing factor VIII activity in the normal range. Explain why this does not rule out carrier status.
5. Describe one molecular test that could give Maria a definite answer, and say what sample it would use.
6. Discuss how a genetic counsellor might present these risks to the couple in a non-directive way.
~~~
ecology
Data analysis: a lake after fertiliser runoff

Students monitored a small lake for a year after a nearby field was heavily fertilised. In spring, nitrate concentration rose from 0.4 mg/L to 6.2 mg/L. By early summer the water had turned green and cloudy, and chlorophyll readings were eight times higher than the previous year. In late summer the dissolved oxygen near the bottom fell from 9 mg/L to under 2 mg/L, and dead fish were found along the shore. In autumn, the population of bloodworm (midge larvae) in the sediment increased sharply while mayfly nymphs disappeared.

(a) Name the process described and outline its stages.
(b) Explain why dissolved oxygen fell even though algae produce oxygen by photosynthesis.
(c) Suggest why bloodworms increased while mayfly nymphs disappeared.
(d) Suggest two practical measures the farmer could take to prevent this happening again.
(e) Evaluate the use of indicator species, rather than chemical tests alone, for monitoring water quality.
~~~
virology
Passage: the history of measles vaccination

Measles is caused by a single-stranded negative-sense RNA virus of the paramyxovirus family. Before a vaccine was introduced in 1963, almost every child caught measles, and the disease caused millions of deaths worldwide every year. John Enders and colleagues had isolated the virus in 1954 and grew it in cultured cells; by passing it repeatedly through cell cultures they obtained a weakened strain that could be used as a live attenuated vaccine. Later the measles vaccine was combined with mumps and rubella vaccines as MMR. Because measles is extremely contagious, with a basic reproduction number often quoted between 12 and 18, outbreaks return quickly wherever vaccination coverage falls.

1. What is meant by a live attenuated vaccine, and how was the measles strain attenuated?
2. Using R0 = 15, calculate the approximate proportion of a population that must be immune to prevent sustained spread.
3. Explain why a negative-sense RNA virus must carry its own RNA-dependent RNA polymerase.
4. Suggest why measles outbreaks are a sensitive indicator of gaps in vaccination coverage.
~~~
plants
Practical write-up: stomatal density

A class investigated whether leaves from the sunny and shaded sides of a privet hedge differ in stomatal density. Clear nail varnish was painted on the lower surface of each leaf, peeled off with sticky tape and mounted on a slide. Stomata were counted in the field of view at ×400; the diameter of the field was measured as 0.4 mm.

Sunny leaves: 38, 42, 35, 40, 45 stomata per field.
Shaded leaves: 27, 30, 25, 31, 29 stomata per field.

(a) Calculate the area of the field of view in mm2.
(b) Calculate the mean stomatal density (stomata per mm2) for each group.
(c) Name a suitable statistical test to compare the two groups and state the null hypothesis.
(d) Suggest a biological explanation for the difference.
(e) Identify two variables that should have been controlled and explain why.
~~~
cell-cycle
Explain-and-compare question (15 marks)

A student wrote in her notes: "Mitosis and meiosis are basically the same except meiosis happens twice." Her teacher circled this and wrote "Not quite - explain properly."

Write an extended answer that corrects and expands the student's statement. In your answer:
- compare the number of divisions, the number and ploidy of the daughter cells, and whether they are genetically identical;
- describe what happens to homologous chromosomes in prophase I and metaphase I, and explain how this produces variation;
- explain why DNA is replicated only once before meiosis even though there are two divisions;
- describe one consequence of nondisjunction in meiosis in humans;
- give one example of where each type of division occurs in a flowering plant and in a human.
"""
