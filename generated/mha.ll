; ModuleID = 'mha'
source_filename = "mha"
target triple = "x86_64-unknown-linux-gnu"

@mha.name = private unnamed_addr constant [4 x i8] c"mha\00"
@mha.spec = private unnamed_addr constant [248 x i8] c"attncc: 1\0Aname: mha\0Aphase: decode\0Aheads: {q: 32, kv: 32, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f32, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mha_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3442643859020523575, ptr @mha.name, ptr @mha.spec, i32 32, i32 32, i32 128, i32 128, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 4096, i32 0, i32 0, float 0x3FB6A09E60000000 }, align 8
@mha_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mha_info_data, ptr @mha_tile, i32 1, i32 1, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @mha_tile(ptr %0, ptr %1) #0 {
entry:
  %accs71 = alloca [128 x float], align 64
  %pbuf72 = alloca [64 x float], align 64
  %dbuf73 = alloca [64 x <16 x float>], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %11, align 8
  %12 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %14, align 8
  %15 = sext i32 %seq to i64
  %16 = sext i32 %kv_head to i64
  %17 = shl nsw i64 %15, 26
  %18 = shl nsw i64 %16, 9
  %19 = add nsw i64 %17, %18
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %21, align 8
  %22 = getelementptr i8, ptr %v_cache, i64 %19
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %rinit.preheader, label %done

rinit.preheader:                                  ; preds = %entry
  %24 = getelementptr inbounds i8, ptr %accs71, i64 64
  %25 = getelementptr inbounds i8, ptr %accs71, i64 128
  %26 = getelementptr inbounds i8, ptr %accs71, i64 192
  %27 = getelementptr inbounds i8, ptr %accs71, i64 256
  %28 = getelementptr inbounds i8, ptr %accs71, i64 320
  %29 = getelementptr inbounds i8, ptr %accs71, i64 384
  %30 = getelementptr inbounds i8, ptr %accs71, i64 448
  br label %rinit

done:                                             ; preds = %orow51, %entry
  ret void

rinit:                                            ; preds = %rinit.preheader, %body
  %31 = phi <16 x float> [ %73, %body ], [ poison, %rinit.preheader ]
  %32 = phi <16 x float> [ %70, %body ], [ poison, %rinit.preheader ]
  %33 = phi <16 x float> [ %67, %body ], [ poison, %rinit.preheader ]
  %34 = phi <16 x float> [ %64, %body ], [ poison, %rinit.preheader ]
  %35 = phi <16 x float> [ %61, %body ], [ poison, %rinit.preheader ]
  %36 = phi <16 x float> [ %58, %body ], [ poison, %rinit.preheader ]
  %37 = phi <16 x float> [ %55, %body ], [ poison, %rinit.preheader ]
  %38 = phi <16 x float> [ %52, %body ], [ poison, %rinit.preheader ]
  %39 = phi i1 [ false, %body ], [ true, %rinit.preheader ]
  br i1 %39, label %body, label %exit

body:                                             ; preds = %rinit
  %40 = call i32 @llvm.smin.i32(i32 %nrows, i32 1)
  %41 = add nsw i32 %40, -1
  %42 = sdiv i32 %41, %nh
  %qi = add i32 %q_begin, %42
  %43 = srem i32 %41, %nh
  %h = add i32 %h_begin, %43
  %hq = add i32 %kv_head, %h
  %44 = sext i32 %qi to i64
  %45 = add i64 %q_row0, %44
  %46 = sext i32 %hq to i64
  %47 = shl i64 %45, 14
  %48 = shl nsw i64 %46, 9
  %49 = getelementptr i8, ptr %q, i64 %47
  %50 = getelementptr i8, ptr %49, i64 %48
  %51 = load <16 x float>, ptr %50, align 4
  %52 = fmul <16 x float> %51, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %53 = getelementptr i8, ptr %50, i64 64
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fmul <16 x float> %54, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %56 = getelementptr i8, ptr %50, i64 128
  %57 = load <16 x float>, ptr %56, align 4
  %58 = fmul <16 x float> %57, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %59 = getelementptr i8, ptr %50, i64 192
  %60 = load <16 x float>, ptr %59, align 4
  %61 = fmul <16 x float> %60, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %62 = getelementptr i8, ptr %50, i64 256
  %63 = load <16 x float>, ptr %62, align 4
  %64 = fmul <16 x float> %63, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %65 = getelementptr i8, ptr %50, i64 320
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fmul <16 x float> %66, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %68 = getelementptr i8, ptr %50, i64 384
  %69 = load <16 x float>, ptr %68, align 4
  %70 = fmul <16 x float> %69, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  %71 = getelementptr i8, ptr %50, i64 448
  %72 = load <16 x float>, ptr %71, align 4
  %73 = fmul <16 x float> %72, <float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000, float 0x3FC0527DC0000000>
  br label %rinit

exit:                                             ; preds = %rinit
  store <16 x float> zeroinitializer, ptr %accs71, align 64
  store <16 x float> zeroinitializer, ptr %24, align 64
  store <16 x float> zeroinitializer, ptr %25, align 64
  store <16 x float> zeroinitializer, ptr %26, align 64
  store <16 x float> zeroinitializer, ptr %27, align 64
  store <16 x float> zeroinitializer, ptr %28, align 64
  store <16 x float> zeroinitializer, ptr %29, align 64
  store <16 x float> zeroinitializer, ptr %30, align 64
  %k_last = add i32 %k_end, -1
  %74 = insertelement <16 x i32> poison, i32 %k_end, i64 0
  %splat22 = shufflevector <16 x i32> %74, <16 x i32> poison, <16 x i32> zeroinitializer
  %75 = getelementptr inbounds i8, ptr %dbuf73, i64 64
  %76 = getelementptr inbounds i8, ptr %dbuf73, i64 128
  %77 = getelementptr inbounds i8, ptr %dbuf73, i64 192
  %78 = getelementptr inbounds i8, ptr %dbuf73, i64 256
  %79 = getelementptr inbounds i8, ptr %dbuf73, i64 320
  %80 = getelementptr inbounds i8, ptr %dbuf73, i64 384
  %81 = getelementptr inbounds i8, ptr %dbuf73, i64 448
  %82 = getelementptr inbounds i8, ptr %dbuf73, i64 512
  %83 = getelementptr inbounds i8, ptr %dbuf73, i64 576
  %84 = getelementptr inbounds i8, ptr %dbuf73, i64 640
  %85 = getelementptr inbounds i8, ptr %dbuf73, i64 704
  %86 = getelementptr inbounds i8, ptr %dbuf73, i64 768
  %87 = getelementptr inbounds i8, ptr %dbuf73, i64 832
  %88 = getelementptr inbounds i8, ptr %dbuf73, i64 896
  %89 = getelementptr inbounds i8, ptr %dbuf73, i64 960
  %90 = getelementptr inbounds i8, ptr %dbuf73, i64 1024
  %91 = getelementptr inbounds i8, ptr %dbuf73, i64 1088
  %92 = getelementptr inbounds i8, ptr %dbuf73, i64 1152
  %93 = getelementptr inbounds i8, ptr %dbuf73, i64 1216
  %94 = getelementptr inbounds i8, ptr %dbuf73, i64 1280
  %95 = getelementptr inbounds i8, ptr %dbuf73, i64 1344
  %96 = getelementptr inbounds i8, ptr %dbuf73, i64 1408
  %97 = getelementptr inbounds i8, ptr %dbuf73, i64 1472
  %98 = getelementptr inbounds i8, ptr %dbuf73, i64 1536
  %99 = getelementptr inbounds i8, ptr %dbuf73, i64 1600
  %100 = getelementptr inbounds i8, ptr %dbuf73, i64 1664
  %101 = getelementptr inbounds i8, ptr %dbuf73, i64 1728
  %102 = getelementptr inbounds i8, ptr %dbuf73, i64 1792
  %103 = getelementptr inbounds i8, ptr %dbuf73, i64 1856
  %104 = getelementptr inbounds i8, ptr %dbuf73, i64 1920
  %105 = getelementptr inbounds i8, ptr %dbuf73, i64 1984
  %106 = getelementptr inbounds i8, ptr %dbuf73, i64 2048
  %107 = getelementptr inbounds i8, ptr %dbuf73, i64 2112
  %108 = getelementptr inbounds i8, ptr %dbuf73, i64 2176
  %109 = getelementptr inbounds i8, ptr %dbuf73, i64 2240
  %110 = getelementptr inbounds i8, ptr %dbuf73, i64 2304
  %111 = getelementptr inbounds i8, ptr %dbuf73, i64 2368
  %112 = getelementptr inbounds i8, ptr %dbuf73, i64 2432
  %113 = getelementptr inbounds i8, ptr %dbuf73, i64 2496
  %114 = getelementptr inbounds i8, ptr %dbuf73, i64 2560
  %115 = getelementptr inbounds i8, ptr %dbuf73, i64 2624
  %116 = getelementptr inbounds i8, ptr %dbuf73, i64 2688
  %117 = getelementptr inbounds i8, ptr %dbuf73, i64 2752
  %118 = getelementptr inbounds i8, ptr %dbuf73, i64 2816
  %119 = getelementptr inbounds i8, ptr %dbuf73, i64 2880
  %120 = getelementptr inbounds i8, ptr %dbuf73, i64 2944
  %121 = getelementptr inbounds i8, ptr %dbuf73, i64 3008
  %122 = getelementptr inbounds i8, ptr %dbuf73, i64 3072
  %123 = getelementptr inbounds i8, ptr %dbuf73, i64 3136
  %124 = getelementptr inbounds i8, ptr %dbuf73, i64 3200
  %125 = getelementptr inbounds i8, ptr %dbuf73, i64 3264
  %126 = getelementptr inbounds i8, ptr %dbuf73, i64 3328
  %127 = getelementptr inbounds i8, ptr %dbuf73, i64 3392
  %128 = getelementptr inbounds i8, ptr %dbuf73, i64 3456
  %129 = getelementptr inbounds i8, ptr %dbuf73, i64 3520
  %130 = getelementptr inbounds i8, ptr %dbuf73, i64 3584
  %131 = getelementptr inbounds i8, ptr %dbuf73, i64 3648
  %132 = getelementptr inbounds i8, ptr %dbuf73, i64 3712
  %133 = getelementptr inbounds i8, ptr %dbuf73, i64 3776
  %134 = getelementptr inbounds i8, ptr %dbuf73, i64 3840
  %135 = getelementptr inbounds i8, ptr %dbuf73, i64 3904
  %136 = getelementptr inbounds i8, ptr %dbuf73, i64 3968
  %137 = getelementptr inbounds i8, ptr %dbuf73, i64 4032
  %138 = getelementptr inbounds i8, ptr %pbuf72, i64 64
  %139 = getelementptr inbounds i8, ptr %pbuf72, i64 128
  %140 = getelementptr inbounds i8, ptr %pbuf72, i64 192
  br label %kblock

kblock:                                           ; preds = %exit48, %exit
  %141 = phi <16 x float> [ zeroinitializer, %exit ], [ %547, %exit48 ]
  %142 = phi <16 x float> [ zeroinitializer, %exit ], [ %548, %exit48 ]
  %143 = phi <16 x float> [ zeroinitializer, %exit ], [ %549, %exit48 ]
  %144 = phi <16 x float> [ zeroinitializer, %exit ], [ %550, %exit48 ]
  %145 = phi <16 x float> [ zeroinitializer, %exit ], [ %551, %exit48 ]
  %146 = phi <16 x float> [ zeroinitializer, %exit ], [ %552, %exit48 ]
  %147 = phi <16 x float> [ zeroinitializer, %exit ], [ %553, %exit48 ]
  %148 = phi <16 x float> [ zeroinitializer, %exit ], [ %554, %exit48 ]
  %149 = phi float [ 0.000000e+00, %exit ], [ %536, %exit48 ]
  %150 = phi float [ 0xFFF0000000000000, %exit ], [ %458, %exit48 ]
  %kblock5 = phi i32 [ %k_begin, %exit ], [ %587, %exit48 ]
  %151 = icmp slt i32 %kblock5, %k_end
  br i1 %151, label %kdot, label %orow51.preheader

orow51.preheader:                                 ; preds = %kblock
  store <16 x float> %148, ptr %accs71, align 64
  store <16 x float> %147, ptr %24, align 64
  store <16 x float> %146, ptr %25, align 64
  store <16 x float> %145, ptr %26, align 64
  store <16 x float> %144, ptr %27, align 64
  store <16 x float> %143, ptr %28, align 64
  store <16 x float> %142, ptr %29, align 64
  store <16 x float> %141, ptr %30, align 64
  %.not = icmp eq ptr %part, null
  %152 = zext nneg i32 %nrows to i64
  %153 = shl nuw nsw i64 %152, 7
  %invariant.gep = getelementptr float, ptr %part, i64 %152
  %154 = fcmp oeq float %149, 0.000000e+00
  %155 = fdiv float 1.000000e+00, %149
  %156 = select i1 %154, float 0.000000e+00, float %155
  %157 = insertelement <16 x float> poison, float %156, i64 0
  %splat62 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  br label %orow51

kdot:                                             ; preds = %kblock, %body6
  %kdot9 = phi i32 [ %190, %body6 ], [ 0, %kblock ]
  %158 = icmp ult i32 %kdot9, 64
  br i1 %158, label %body6, label %body18

body6:                                            ; preds = %kdot
  %159 = add i32 %kblock5, %kdot9
  %160 = call i32 @llvm.smin.i32(i32 %159, i32 %k_last)
  %161 = sext i32 %160 to i64
  %162 = shl nsw i64 %161, 14
  %163 = getelementptr i8, ptr %20, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = fmul <16 x float> %38, %164
  %166 = getelementptr i8, ptr %163, i64 64
  %167 = load <16 x float>, ptr %166, align 4
  %168 = fmul <16 x float> %37, %167
  %169 = getelementptr i8, ptr %163, i64 128
  %170 = load <16 x float>, ptr %169, align 4
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %36, <16 x float> %170, <16 x float> %165)
  %172 = getelementptr i8, ptr %163, i64 192
  %173 = load <16 x float>, ptr %172, align 4
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %35, <16 x float> %173, <16 x float> %168)
  %175 = getelementptr i8, ptr %163, i64 256
  %176 = load <16 x float>, ptr %175, align 4
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %34, <16 x float> %176, <16 x float> %171)
  %178 = getelementptr i8, ptr %163, i64 320
  %179 = load <16 x float>, ptr %178, align 4
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %33, <16 x float> %179, <16 x float> %174)
  %181 = getelementptr i8, ptr %163, i64 384
  %182 = load <16 x float>, ptr %181, align 4
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %32, <16 x float> %182, <16 x float> %177)
  %184 = getelementptr i8, ptr %163, i64 448
  %185 = load <16 x float>, ptr %184, align 4
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %31, <16 x float> %185, <16 x float> %180)
  %187 = fadd <16 x float> %183, %186
  %188 = zext nneg i32 %kdot9 to i64
  %189 = getelementptr <16 x float>, ptr %dbuf73, i64 %188
  store <16 x float> %187, ptr %189, align 64
  %190 = add nuw nsw i32 %kdot9, 1
  br label %kdot

body18:                                           ; preds = %kdot
  %191 = load <16 x float>, ptr %dbuf73, align 64
  %192 = load <16 x float>, ptr %75, align 64
  %193 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %194 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %195 = fadd <16 x float> %193, %194
  %196 = load <16 x float>, ptr %76, align 64
  %197 = load <16 x float>, ptr %77, align 64
  %198 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %199 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = shufflevector <16 x float> %195, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %202 = shufflevector <16 x float> %195, <16 x float> %200, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %203 = fadd <16 x float> %201, %202
  %204 = load <16 x float>, ptr %78, align 64
  %205 = load <16 x float>, ptr %79, align 64
  %206 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %207 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %208 = fadd <16 x float> %206, %207
  %209 = load <16 x float>, ptr %80, align 64
  %210 = load <16 x float>, ptr %81, align 64
  %211 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %212 = shufflevector <16 x float> %209, <16 x float> %210, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %213 = fadd <16 x float> %211, %212
  %214 = shufflevector <16 x float> %208, <16 x float> %213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %215 = shufflevector <16 x float> %208, <16 x float> %213, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %216 = fadd <16 x float> %214, %215
  %217 = shufflevector <16 x float> %203, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %218 = shufflevector <16 x float> %203, <16 x float> %216, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %219 = fadd <16 x float> %217, %218
  %220 = load <16 x float>, ptr %82, align 64
  %221 = load <16 x float>, ptr %83, align 64
  %222 = shufflevector <16 x float> %220, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %223 = shufflevector <16 x float> %220, <16 x float> %221, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %224 = fadd <16 x float> %222, %223
  %225 = load <16 x float>, ptr %84, align 64
  %226 = load <16 x float>, ptr %85, align 64
  %227 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %228 = shufflevector <16 x float> %225, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %229 = fadd <16 x float> %227, %228
  %230 = shufflevector <16 x float> %224, <16 x float> %229, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %231 = shufflevector <16 x float> %224, <16 x float> %229, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %232 = fadd <16 x float> %230, %231
  %233 = load <16 x float>, ptr %86, align 64
  %234 = load <16 x float>, ptr %87, align 64
  %235 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %236 = shufflevector <16 x float> %233, <16 x float> %234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %237 = fadd <16 x float> %235, %236
  %238 = load <16 x float>, ptr %88, align 64
  %239 = load <16 x float>, ptr %89, align 64
  %240 = shufflevector <16 x float> %238, <16 x float> %239, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %241 = shufflevector <16 x float> %238, <16 x float> %239, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %242 = fadd <16 x float> %240, %241
  %243 = shufflevector <16 x float> %237, <16 x float> %242, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %244 = shufflevector <16 x float> %237, <16 x float> %242, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %245 = fadd <16 x float> %243, %244
  %246 = shufflevector <16 x float> %232, <16 x float> %245, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %247 = shufflevector <16 x float> %232, <16 x float> %245, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %248 = fadd <16 x float> %246, %247
  %249 = shufflevector <16 x float> %219, <16 x float> %248, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %250 = shufflevector <16 x float> %219, <16 x float> %248, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %251 = fadd <16 x float> %249, %250
  %252 = insertelement <16 x i32> poison, i32 %kblock5, i64 0
  %splat23 = shufflevector <16 x i32> %252, <16 x i32> poison, <16 x i32> zeroinitializer
  %253 = add <16 x i32> %splat23, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %254 = icmp slt <16 x i32> %253, %splat22
  %255 = select <16 x i1> %254, <16 x float> %251, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %256 = load <16 x float>, ptr %90, align 64
  %257 = load <16 x float>, ptr %91, align 64
  %258 = shufflevector <16 x float> %256, <16 x float> %257, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %259 = shufflevector <16 x float> %256, <16 x float> %257, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %260 = fadd <16 x float> %258, %259
  %261 = load <16 x float>, ptr %92, align 64
  %262 = load <16 x float>, ptr %93, align 64
  %263 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %265 = fadd <16 x float> %263, %264
  %266 = shufflevector <16 x float> %260, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %267 = shufflevector <16 x float> %260, <16 x float> %265, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %268 = fadd <16 x float> %266, %267
  %269 = load <16 x float>, ptr %94, align 64
  %270 = load <16 x float>, ptr %95, align 64
  %271 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %272 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %273 = fadd <16 x float> %271, %272
  %274 = load <16 x float>, ptr %96, align 64
  %275 = load <16 x float>, ptr %97, align 64
  %276 = shufflevector <16 x float> %274, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %277 = shufflevector <16 x float> %274, <16 x float> %275, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %278 = fadd <16 x float> %276, %277
  %279 = shufflevector <16 x float> %273, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %280 = shufflevector <16 x float> %273, <16 x float> %278, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %281 = fadd <16 x float> %279, %280
  %282 = shufflevector <16 x float> %268, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %283 = shufflevector <16 x float> %268, <16 x float> %281, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %284 = fadd <16 x float> %282, %283
  %285 = load <16 x float>, ptr %98, align 64
  %286 = load <16 x float>, ptr %99, align 64
  %287 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %288 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %289 = fadd <16 x float> %287, %288
  %290 = load <16 x float>, ptr %100, align 64
  %291 = load <16 x float>, ptr %101, align 64
  %292 = shufflevector <16 x float> %290, <16 x float> %291, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %293 = shufflevector <16 x float> %290, <16 x float> %291, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %294 = fadd <16 x float> %292, %293
  %295 = shufflevector <16 x float> %289, <16 x float> %294, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %296 = shufflevector <16 x float> %289, <16 x float> %294, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %297 = fadd <16 x float> %295, %296
  %298 = load <16 x float>, ptr %102, align 64
  %299 = load <16 x float>, ptr %103, align 64
  %300 = shufflevector <16 x float> %298, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %301 = shufflevector <16 x float> %298, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %302 = fadd <16 x float> %300, %301
  %303 = load <16 x float>, ptr %104, align 64
  %304 = load <16 x float>, ptr %105, align 64
  %305 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %307 = fadd <16 x float> %305, %306
  %308 = shufflevector <16 x float> %302, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %309 = shufflevector <16 x float> %302, <16 x float> %307, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %310 = fadd <16 x float> %308, %309
  %311 = shufflevector <16 x float> %297, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %312 = shufflevector <16 x float> %297, <16 x float> %310, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %313 = fadd <16 x float> %311, %312
  %314 = shufflevector <16 x float> %284, <16 x float> %313, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %315 = shufflevector <16 x float> %284, <16 x float> %313, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %316 = fadd <16 x float> %314, %315
  %317 = add i32 %kblock5, 16
  %318 = insertelement <16 x i32> poison, i32 %317, i64 0
  %splat24 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = add <16 x i32> %splat24, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %320 = icmp slt <16 x i32> %319, %splat22
  %321 = select <16 x i1> %320, <16 x float> %316, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %322 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %255, <16 x float> %321)
  %323 = load <16 x float>, ptr %106, align 64
  %324 = load <16 x float>, ptr %107, align 64
  %325 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %326 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %327 = fadd <16 x float> %325, %326
  %328 = load <16 x float>, ptr %108, align 64
  %329 = load <16 x float>, ptr %109, align 64
  %330 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %331 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %332 = fadd <16 x float> %330, %331
  %333 = shufflevector <16 x float> %327, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %334 = shufflevector <16 x float> %327, <16 x float> %332, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %335 = fadd <16 x float> %333, %334
  %336 = load <16 x float>, ptr %110, align 64
  %337 = load <16 x float>, ptr %111, align 64
  %338 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %339 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %340 = fadd <16 x float> %338, %339
  %341 = load <16 x float>, ptr %112, align 64
  %342 = load <16 x float>, ptr %113, align 64
  %343 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %344 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %345 = fadd <16 x float> %343, %344
  %346 = shufflevector <16 x float> %340, <16 x float> %345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %347 = shufflevector <16 x float> %340, <16 x float> %345, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %348 = fadd <16 x float> %346, %347
  %349 = shufflevector <16 x float> %335, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %350 = shufflevector <16 x float> %335, <16 x float> %348, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %351 = fadd <16 x float> %349, %350
  %352 = load <16 x float>, ptr %114, align 64
  %353 = load <16 x float>, ptr %115, align 64
  %354 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %356 = fadd <16 x float> %354, %355
  %357 = load <16 x float>, ptr %116, align 64
  %358 = load <16 x float>, ptr %117, align 64
  %359 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = fadd <16 x float> %359, %360
  %362 = shufflevector <16 x float> %356, <16 x float> %361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %363 = shufflevector <16 x float> %356, <16 x float> %361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %364 = fadd <16 x float> %362, %363
  %365 = load <16 x float>, ptr %118, align 64
  %366 = load <16 x float>, ptr %119, align 64
  %367 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %368 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %369 = fadd <16 x float> %367, %368
  %370 = load <16 x float>, ptr %120, align 64
  %371 = load <16 x float>, ptr %121, align 64
  %372 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %373 = shufflevector <16 x float> %370, <16 x float> %371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %374 = fadd <16 x float> %372, %373
  %375 = shufflevector <16 x float> %369, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %376 = shufflevector <16 x float> %369, <16 x float> %374, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %377 = fadd <16 x float> %375, %376
  %378 = shufflevector <16 x float> %364, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %379 = shufflevector <16 x float> %364, <16 x float> %377, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %380 = fadd <16 x float> %378, %379
  %381 = shufflevector <16 x float> %351, <16 x float> %380, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %382 = shufflevector <16 x float> %351, <16 x float> %380, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %383 = fadd <16 x float> %381, %382
  %384 = add i32 %kblock5, 32
  %385 = insertelement <16 x i32> poison, i32 %384, i64 0
  %splat25 = shufflevector <16 x i32> %385, <16 x i32> poison, <16 x i32> zeroinitializer
  %386 = add <16 x i32> %splat25, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %387 = icmp slt <16 x i32> %386, %splat22
  %388 = select <16 x i1> %387, <16 x float> %383, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %389 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %322, <16 x float> %388)
  %390 = load <16 x float>, ptr %122, align 64
  %391 = load <16 x float>, ptr %123, align 64
  %392 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %393 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = fadd <16 x float> %392, %393
  %395 = load <16 x float>, ptr %124, align 64
  %396 = load <16 x float>, ptr %125, align 64
  %397 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %398 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %399 = fadd <16 x float> %397, %398
  %400 = shufflevector <16 x float> %394, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %401 = shufflevector <16 x float> %394, <16 x float> %399, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %402 = fadd <16 x float> %400, %401
  %403 = load <16 x float>, ptr %126, align 64
  %404 = load <16 x float>, ptr %127, align 64
  %405 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %406 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %407 = fadd <16 x float> %405, %406
  %408 = load <16 x float>, ptr %128, align 64
  %409 = load <16 x float>, ptr %129, align 64
  %410 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %411 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %412 = fadd <16 x float> %410, %411
  %413 = shufflevector <16 x float> %407, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %414 = shufflevector <16 x float> %407, <16 x float> %412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %415 = fadd <16 x float> %413, %414
  %416 = shufflevector <16 x float> %402, <16 x float> %415, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %417 = shufflevector <16 x float> %402, <16 x float> %415, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %418 = fadd <16 x float> %416, %417
  %419 = load <16 x float>, ptr %130, align 64
  %420 = load <16 x float>, ptr %131, align 64
  %421 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %422 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %423 = fadd <16 x float> %421, %422
  %424 = load <16 x float>, ptr %132, align 64
  %425 = load <16 x float>, ptr %133, align 64
  %426 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %427 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %428 = fadd <16 x float> %426, %427
  %429 = shufflevector <16 x float> %423, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %430 = shufflevector <16 x float> %423, <16 x float> %428, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %431 = fadd <16 x float> %429, %430
  %432 = load <16 x float>, ptr %134, align 64
  %433 = load <16 x float>, ptr %135, align 64
  %434 = shufflevector <16 x float> %432, <16 x float> %433, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %435 = shufflevector <16 x float> %432, <16 x float> %433, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %436 = fadd <16 x float> %434, %435
  %437 = load <16 x float>, ptr %136, align 64
  %438 = load <16 x float>, ptr %137, align 64
  %439 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %440 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %441 = fadd <16 x float> %439, %440
  %442 = shufflevector <16 x float> %436, <16 x float> %441, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %443 = shufflevector <16 x float> %436, <16 x float> %441, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %444 = fadd <16 x float> %442, %443
  %445 = shufflevector <16 x float> %431, <16 x float> %444, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %446 = shufflevector <16 x float> %431, <16 x float> %444, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %447 = fadd <16 x float> %445, %446
  %448 = shufflevector <16 x float> %418, <16 x float> %447, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %449 = shufflevector <16 x float> %418, <16 x float> %447, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %450 = fadd <16 x float> %448, %449
  %451 = add i32 %kblock5, 48
  %452 = insertelement <16 x i32> poison, i32 %451, i64 0
  %splat26 = shufflevector <16 x i32> %452, <16 x i32> poison, <16 x i32> zeroinitializer
  %453 = add <16 x i32> %splat26, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %454 = icmp slt <16 x i32> %453, %splat22
  %455 = select <16 x i1> %454, <16 x float> %450, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %456 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %389, <16 x float> %455)
  %457 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %456)
  %458 = call float @llvm.maxnum.f32(float %150, float %457)
  %459 = fcmp oeq float %458, 0xFFF0000000000000
  %muse = select i1 %459, float 0.000000e+00, float %458
  %460 = fsub float %150, %muse
  %461 = insertelement <16 x float> poison, float %460, i64 0
  %splat27 = shufflevector <16 x float> %461, <16 x float> poison, <16 x i32> zeroinitializer
  %462 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat27, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %463 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %462, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %464 = fadd <16 x float> %463, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %464, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %463, %n
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %471 = fptosi <16 x float> %n to <16 x i32>
  %472 = shl <16 x i32> %471, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %473 = add <16 x i32> %472, <i32 1065353216, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison, i32 poison>
  %474 = bitcast <16 x i32> %473 to <16 x float>
  %exp2 = fmul <16 x float> %470, %474
  %alpha28 = extractelement <16 x float> %exp2, i64 0
  %475 = insertelement <16 x float> poison, float %muse, i64 0
  %splat29 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %476 = fsub <16 x float> %255, %splat29
  %477 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %476, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %478 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %477, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %479 = fadd <16 x float> %478, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n30 = fadd <16 x float> %479, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f31 = fsub <16 x float> %478, %n30
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f31, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %480, <16 x float> %f31, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %f31, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %482, <16 x float> %f31, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %483, <16 x float> %f31, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %484, <16 x float> %f31, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %486 = fptosi <16 x float> %n30 to <16 x i32>
  %487 = shl <16 x i32> %486, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %488 = add <16 x i32> %487, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %489 = bitcast <16 x i32> %488 to <16 x float>
  %exp232 = fmul <16 x float> %485, %489
  store <16 x float> %exp232, ptr %pbuf72, align 64
  %490 = fsub <16 x float> %321, %splat29
  %491 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %490, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %492 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %491, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %493 = fadd <16 x float> %492, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n34 = fadd <16 x float> %493, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f35 = fsub <16 x float> %492, %n34
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f35, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %494, <16 x float> %f35, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %495, <16 x float> %f35, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f35, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f35, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f35, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %500 = fptosi <16 x float> %n34 to <16 x i32>
  %501 = shl <16 x i32> %500, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %502 = add <16 x i32> %501, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %503 = bitcast <16 x i32> %502 to <16 x float>
  %exp236 = fmul <16 x float> %499, %503
  store <16 x float> %exp236, ptr %138, align 64
  %504 = fadd <16 x float> %exp232, %exp236
  %505 = fsub <16 x float> %388, %splat29
  %506 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %505, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %507 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %506, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %508 = fadd <16 x float> %507, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n38 = fadd <16 x float> %508, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f39 = fsub <16 x float> %507, %n38
  %509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f39, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %509, <16 x float> %f39, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %510, <16 x float> %f39, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %511, <16 x float> %f39, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %512, <16 x float> %f39, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %513, <16 x float> %f39, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %515 = fptosi <16 x float> %n38 to <16 x i32>
  %516 = shl <16 x i32> %515, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %517 = add <16 x i32> %516, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %518 = bitcast <16 x i32> %517 to <16 x float>
  %exp240 = fmul <16 x float> %514, %518
  store <16 x float> %exp240, ptr %139, align 64
  %519 = fadd <16 x float> %504, %exp240
  %520 = fsub <16 x float> %455, %splat29
  %521 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %520, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %522 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %521, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %523 = fadd <16 x float> %522, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n42 = fadd <16 x float> %523, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f43 = fsub <16 x float> %522, %n42
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f43, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %524, <16 x float> %f43, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %525, <16 x float> %f43, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %526, <16 x float> %f43, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %527, <16 x float> %f43, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %528, <16 x float> %f43, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %530 = fptosi <16 x float> %n42 to <16 x i32>
  %531 = shl <16 x i32> %530, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %532 = add <16 x i32> %531, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %533 = bitcast <16 x i32> %532 to <16 x float>
  %exp244 = fmul <16 x float> %529, %533
  store <16 x float> %exp244, ptr %140, align 64
  %534 = fadd <16 x float> %519, %exp244
  %535 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %534)
  %536 = call float @llvm.fmuladd.f32(float %149, float %alpha28, float %535)
  %537 = sub i32 %k_end, %kblock5
  %538 = call i32 @llvm.smin.i32(i32 %537, i32 64)
  %splat45 = shufflevector <16 x float> %exp2, <16 x float> poison, <16 x i32> zeroinitializer
  %539 = fmul <16 x float> %148, %splat45
  %540 = fmul <16 x float> %147, %splat45
  %541 = fmul <16 x float> %146, %splat45
  %542 = fmul <16 x float> %145, %splat45
  %543 = fmul <16 x float> %144, %splat45
  %544 = fmul <16 x float> %143, %splat45
  %545 = fmul <16 x float> %142, %splat45
  %546 = fmul <16 x float> %141, %splat45
  br label %kpv

kpv:                                              ; preds = %body46, %body18
  %547 = phi <16 x float> [ %546, %body18 ], [ %585, %body46 ]
  %548 = phi <16 x float> [ %545, %body18 ], [ %582, %body46 ]
  %549 = phi <16 x float> [ %544, %body18 ], [ %579, %body46 ]
  %550 = phi <16 x float> [ %543, %body18 ], [ %576, %body46 ]
  %551 = phi <16 x float> [ %542, %body18 ], [ %573, %body46 ]
  %552 = phi <16 x float> [ %541, %body18 ], [ %570, %body46 ]
  %553 = phi <16 x float> [ %540, %body18 ], [ %567, %body46 ]
  %554 = phi <16 x float> [ %539, %body18 ], [ %564, %body46 ]
  %kpv49 = phi i32 [ 0, %body18 ], [ %586, %body46 ]
  %555 = icmp slt i32 %kpv49, %538
  br i1 %555, label %body46, label %exit48

body46:                                           ; preds = %kpv
  %556 = add i32 %kblock5, %kpv49
  %557 = sext i32 %556 to i64
  %558 = shl nsw i64 %557, 14
  %559 = getelementptr i8, ptr %22, i64 %558
  %560 = zext nneg i32 %kpv49 to i64
  %561 = getelementptr float, ptr %pbuf72, i64 %560
  %p = load float, ptr %561, align 4
  %562 = insertelement <16 x float> poison, float %p, i64 0
  %splat50 = shufflevector <16 x float> %562, <16 x float> poison, <16 x i32> zeroinitializer
  %563 = load <16 x float>, ptr %559, align 4
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %563, <16 x float> %554)
  %565 = getelementptr i8, ptr %559, i64 64
  %566 = load <16 x float>, ptr %565, align 4
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %566, <16 x float> %553)
  %568 = getelementptr i8, ptr %559, i64 128
  %569 = load <16 x float>, ptr %568, align 4
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %569, <16 x float> %552)
  %571 = getelementptr i8, ptr %559, i64 192
  %572 = load <16 x float>, ptr %571, align 4
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %572, <16 x float> %551)
  %574 = getelementptr i8, ptr %559, i64 256
  %575 = load <16 x float>, ptr %574, align 4
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %575, <16 x float> %550)
  %577 = getelementptr i8, ptr %559, i64 320
  %578 = load <16 x float>, ptr %577, align 4
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %578, <16 x float> %549)
  %580 = getelementptr i8, ptr %559, i64 384
  %581 = load <16 x float>, ptr %580, align 4
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %581, <16 x float> %548)
  %583 = getelementptr i8, ptr %559, i64 448
  %584 = load <16 x float>, ptr %583, align 4
  %585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat50, <16 x float> %584, <16 x float> %547)
  %586 = add nuw nsw i32 %kpv49, 1
  br label %kpv

exit48:                                           ; preds = %kpv
  %587 = add nsw i32 %kblock5, 64
  br label %kblock

orow51:                                           ; preds = %orow51.preheader, %written
  %orow55 = phi i32 [ %641, %written ], [ 0, %orow51.preheader ]
  %588 = icmp slt i32 %orow55, %nrows
  br i1 %588, label %body52, label %done

body52:                                           ; preds = %orow51
  %589 = zext nneg i32 %orow55 to i64
  %590 = shl nuw nsw i64 %589, 7
  %591 = getelementptr float, ptr %accs71, i64 %590
  %592 = load <16 x float>, ptr %591, align 64
  %593 = getelementptr i8, ptr %591, i64 64
  %594 = load <16 x float>, ptr %593, align 64
  %595 = getelementptr i8, ptr %591, i64 128
  %596 = load <16 x float>, ptr %595, align 64
  %597 = getelementptr i8, ptr %591, i64 192
  %598 = load <16 x float>, ptr %597, align 64
  %599 = getelementptr i8, ptr %591, i64 256
  %600 = load <16 x float>, ptr %599, align 64
  %601 = getelementptr i8, ptr %591, i64 320
  %602 = load <16 x float>, ptr %601, align 64
  %603 = getelementptr i8, ptr %591, i64 384
  %604 = load <16 x float>, ptr %603, align 64
  %605 = getelementptr i8, ptr %591, i64 448
  %606 = load <16 x float>, ptr %605, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body52
  %607 = getelementptr float, ptr %part, i64 %590
  store <16 x float> %592, ptr %607, align 4
  %608 = getelementptr i8, ptr %607, i64 64
  store <16 x float> %594, ptr %608, align 4
  %609 = getelementptr i8, ptr %607, i64 128
  store <16 x float> %596, ptr %609, align 4
  %610 = getelementptr i8, ptr %607, i64 192
  store <16 x float> %598, ptr %610, align 4
  %611 = getelementptr i8, ptr %607, i64 256
  store <16 x float> %600, ptr %611, align 4
  %612 = getelementptr i8, ptr %607, i64 320
  store <16 x float> %602, ptr %612, align 4
  %613 = getelementptr i8, ptr %607, i64 384
  store <16 x float> %604, ptr %613, align 4
  %614 = getelementptr i8, ptr %607, i64 448
  store <16 x float> %606, ptr %614, align 4
  %615 = add nuw nsw i64 %153, %589
  %616 = getelementptr float, ptr %part, i64 %615
  store float %150, ptr %616, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %615
  store float %149, ptr %gep, align 4
  br label %written

final:                                            ; preds = %body52
  %617 = sdiv i32 %orow55, %nh
  %qi58 = add i32 %q_begin, %617
  %618 = srem i32 %orow55, %nh
  %h59 = add i32 %h_begin, %618
  %hq60 = add i32 %kv_head, %h59
  %619 = sext i32 %qi58 to i64
  %620 = add i64 %q_row0, %619
  %621 = sext i32 %hq60 to i64
  %622 = shl i64 %620, 14
  %623 = shl nsw i64 %621, 9
  %624 = getelementptr i8, ptr %out, i64 %622
  %625 = getelementptr i8, ptr %624, i64 %623
  %626 = fmul <16 x float> %592, %splat62
  store <16 x float> %626, ptr %625, align 4
  %627 = fmul <16 x float> %594, %splat62
  %628 = getelementptr i8, ptr %625, i64 64
  store <16 x float> %627, ptr %628, align 4
  %629 = fmul <16 x float> %596, %splat62
  %630 = getelementptr i8, ptr %625, i64 128
  store <16 x float> %629, ptr %630, align 4
  %631 = fmul <16 x float> %598, %splat62
  %632 = getelementptr i8, ptr %625, i64 192
  store <16 x float> %631, ptr %632, align 4
  %633 = fmul <16 x float> %600, %splat62
  %634 = getelementptr i8, ptr %625, i64 256
  store <16 x float> %633, ptr %634, align 4
  %635 = fmul <16 x float> %602, %splat62
  %636 = getelementptr i8, ptr %625, i64 320
  store <16 x float> %635, ptr %636, align 4
  %637 = fmul <16 x float> %604, %splat62
  %638 = getelementptr i8, ptr %625, i64 384
  store <16 x float> %637, ptr %638, align 4
  %639 = fmul <16 x float> %606, %splat62
  %640 = getelementptr i8, ptr %625, i64 448
  store <16 x float> %639, ptr %640, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %641 = add nuw nsw i32 %orow55, 1
  br label %orow51
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mha_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @mha_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mha_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @mha_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mha_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @mha_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mha_info() #0 {
entry:
  ret ptr @mha_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
